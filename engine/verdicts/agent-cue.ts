// Contest by who did it: the same act on the same thing, done by different actors
// ("the rebels shelled the market" / "army artillery shelled the market").
import type { Similarity, WeightedClaim, WeightedFeature } from '../similarity';
import type { Feature } from '../features';
import type { Token } from '../nlp';
import { cuesFor, sourceName, subjectVerb, wordsOf, type CueDetector } from './pair';

const PRONOUN_AGENTS = /^(he|she|they|it|we|i|you|who|which|that)$/;

/** A claim's act, its doer and its target, as features: the same for every pair the claim is in. */
interface Act {
  predicate: Feature;
  agent: WeightedFeature[];
  patient: WeightedFeature[];
}

const acts = new WeakMap<WeightedClaim, Act | null>();

/** The claim's act, or null when it names no doer or no target, or its doer only by a pronoun. */
export function actOf(claim: WeightedClaim): Act | null {
  let act = acts.get(claim);
  if (act === undefined) acts.set(claim, (act = findAct(claim)));
  return act;
}

function findAct(weighted: WeightedClaim): Act | null {
  const claim = weighted.claim;
  if (!claim.predicate || !claim.agentTokens.length || !claim.patientTokens.length) return null;
  if (claim.agentTokens.every((t) => PRONOUN_AGENTS.test(t.lower))) return null;
  const agent = itemsOver(weighted.items, claim.agentTokens);
  if (!agent.length) return null;
  return { predicate: claim.predicate, agent, patient: itemsOver(weighted.items, claim.patientTokens) };
}

export const detectDifferentAgent: CueDetector = (pair) => {
  const actA = actOf(pair.a);
  if (!actA) return null;
  const actB = actOf(pair.b);
  if (!actB || actA.predicate.negated !== actB.predicate.negated || !sameAct(pair.similarity, actA.predicate, actB.predicate)) return null;
  const matches = pair.similarity.matches;
  // Any shared agent word means the same actor (or part of it), not a different one.
  const agentA = actA.agent;
  const agentB = actB.agent;
  const agentsMeet = matches.some((m) => (agentA.includes(m.a) && agentB.includes(m.b)) || (agentA.includes(m.a) && !isAgentOrPredicate(m.b, actB)) || (agentB.includes(m.b) && !isAgentOrPredicate(m.a, actA)));
  if (agentsMeet) return null;
  // The act must also have the same target: what is shelled, closed or signed.
  const sameTarget = matches.some((m) => actA.patient.includes(m.a) && actB.patient.includes(m.b));
  if (!sameTarget) return null;
  const a = pair.a.claim;
  const b = pair.b.claim;
  const verb = wordsOf(actA.predicate.tokens);
  return {
    kind: 'different-agent',
    claims: [a.unit.id, b.unit.id],
    cues: [...cuesFor(a, a.agentTokens), ...cuesFor(b, b.agentTokens)],
    detail: `Both describe the same act (“${verb}”), but ${subjectVerb(sourceName(pair, a), 'says')} ${wordsOf(a.agentTokens)} did it and ${subjectVerb(sourceName(pair, b), 'says')} ${wordsOf(b.agentTokens)} did.`,
  };
};

/**
 * The two predicates matched to each other at synonym strength or better. Read without making
 * the pair's `matches`: most pairs of claims with an act stop here, and `matches` would be kept.
 */
function sameAct(similarity: Similarity, a: Feature, b: Feature): boolean {
  let found = false;
  similarity.eachMatch((fa, fb, strength) => {
    if (fa === a && fb === b && strength >= 0.8) found = true;
  });
  return found;
}

/** The claim's features with a token among `tokens`. */
function itemsOver(items: WeightedFeature[], tokens: Token[]): WeightedFeature[] {
  return items.filter((i) => i.feature.tokens.some((t) => tokens.some((x) => x.start === t.start)));
}

function isAgentOrPredicate(item: WeightedFeature, act: Act): boolean {
  return item.feature === act.predicate || act.agent.includes(item);
}
