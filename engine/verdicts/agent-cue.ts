// Contest by who did it: the same act on the same thing, done by different actors
// ("the rebels shelled the market" / "army artillery shelled the market").
import type { WeightedFeature } from '../similarity';
import { cuesFor, sourceName, subjectVerb, wordsOf, type CueDetector } from './pair';

const PRONOUN_AGENTS = /^(he|she|they|it|we|i|you|who|which|that)$/;

export const detectDifferentAgent: CueDetector = (pair) => {
  const a = pair.a.claim;
  const b = pair.b.claim;
  if (!a.predicate || !b.predicate || !a.agentTokens.length || !b.agentTokens.length || !a.patientTokens.length || !b.patientTokens.length) return null;
  const sameAct = pair.similarity.matches.find((m) => m.a.feature === a.predicate && m.b.feature === b.predicate && m.strength >= 0.8);
  if (!sameAct || a.predicate.negated !== b.predicate.negated) return null;
  if (a.agentTokens.every((t) => PRONOUN_AGENTS.test(t.lower)) || b.agentTokens.every((t) => PRONOUN_AGENTS.test(t.lower))) return null;
  const agentA = agentItems(pair.a.items, a.agentTokens);
  const agentB = agentItems(pair.b.items, b.agentTokens);
  if (!agentA.length || !agentB.length) return null;
  // Any shared agent word means the same actor (or part of it), not a different one.
  const agentsMeet = pair.similarity.matches.some((m) => (agentA.includes(m.a) && agentB.includes(m.b)) || (agentA.includes(m.a) && !isAgentOrPredicate(m.b, b.agentTokens, b.predicate)) || (agentB.includes(m.b) && !isAgentOrPredicate(m.a, a.agentTokens, a.predicate)));
  if (agentsMeet) return null;
  // The act must also have the same target: what is shelled, closed or signed.
  const patientA = agentItems(pair.a.items, a.patientTokens);
  const patientB = agentItems(pair.b.items, b.patientTokens);
  const sameTarget = pair.similarity.matches.some((m) => patientA.includes(m.a) && patientB.includes(m.b));
  if (!sameTarget) return null;
  const verb = wordsOf(a.predicate.tokens);
  return {
    kind: 'different-agent',
    claims: [a.unit.id, b.unit.id],
    cues: [...cuesFor(a, a.agentTokens), ...cuesFor(b, b.agentTokens)],
    detail: `Both describe the same act (“${verb}”), but ${subjectVerb(sourceName(pair, a), 'says')} ${wordsOf(a.agentTokens)} did it and ${subjectVerb(sourceName(pair, b), 'says')} ${wordsOf(b.agentTokens)} did.`,
  };
};

function agentItems(items: WeightedFeature[], agent: { start: number }[]): WeightedFeature[] {
  return items.filter((i) => i.feature.tokens.some((t) => agent.some((x) => x.start === t.start)));
}

function isAgentOrPredicate(item: WeightedFeature, agent: { start: number }[], predicate: unknown): boolean {
  return item.feature === predicate || item.feature.tokens.some((t) => agent.some((x) => x.start === t.start));
}
