// Contest by negation or denial: one source asserts what the other negates ("signed" /
// "did not sign"; "denies that prisoners were beaten" / "guards beat the prisoners").
// When either side states what must or should happen, it is reported as opposite positions.
import { isWordFeature, type AnalyzedClaim, type Feature } from '../features';
import type { FeatureMatch } from '../similarity';
import type { Token } from '../nlp';
import { DEONTIC } from '../lexicons/polarity';
import { cuesFor, sourceName, subjectVerb, wordsOf, type ClaimPair, type CueDetector } from './pair';

export const detectNegation: CueDetector = (pair) => {
  const conflict = negatedMatch(pair);
  if (!conflict) return null;
  const [negSide, posSide] = conflict.a.feature.negated ? [pair.a.claim, pair.b.claim] : [pair.b.claim, pair.a.claim];
  const negFeature = conflict.a.feature.negated ? conflict.a.feature : conflict.b.feature;
  const posFeature = conflict.a.feature.negated ? conflict.b.feature : conflict.a.feature;
  const negators = negationWords(negSide, negFeature.tokens[0]);
  // Each side's deontic words once: they walk the whole claim.
  const wanted = deonticWords(posSide);
  const deontic = [...deonticWords(negSide), ...wanted];
  const word = wordsOf(posFeature.tokens);
  const cues = [...cuesFor(negSide, [...negators, ...negFeature.tokens]), ...cuesFor(posSide, [...posFeature.tokens, ...wanted])];
  const negName = sourceName(pair, negSide);
  const posName = sourceName(pair, posSide);
  if (deontic.length) {
    const positive = wanted.length ? `${subjectVerb(posName, 'wants')} it (“${wordsOf(wanted)} … ${word}”)` : `${subjectVerb(posName, 'speaks')} of it happening (“${word}”)`;
    return {
      kind: 'opposite-position',
      claims: [pair.a.claim.unit.id, pair.b.claim.unit.id],
      cues,
      detail: `${subjectVerb(negName, 'says')} “${wordsOf(negFeature.tokens)}” must not happen, while ${positive}: they take opposite positions on the same act.`,
    };
  }
  return {
    kind: 'negation',
    claims: [pair.a.claim.unit.id, pair.b.claim.unit.id],
    cues,
    detail: `${subjectVerb(posName, 'says')} “${word}”, while ${negName} ${denialVerb(negSide) ?? (subjectVerb(negName, 'says').slice(negName.length + 1) + ' the opposite')} (“${wordsOf(negators)} … ${wordsOf(negFeature.tokens)}”): both cannot be true.`,
  };
};

/** A matched word (verb first) that one side negates and the other does not. */
function negatedMatch(pair: ClaimPair): FeatureMatch | null {
  // Most claims negate nothing, and then no matched pair of words can differ in negation.
  if (!negatesAny(pair.a.claim.features) && !negatesAny(pair.b.claim.features)) return null;
  const conflicting = pair.similarity.matches.filter(
    (m) => isWordFeature(m.a.feature) && isWordFeature(m.b.feature) && !m.a.feature.inherited && !m.b.feature.inherited && m.a.feature.negated !== m.b.feature.negated && m.strength >= 0.8,
  );
  return (
    conflicting.find((m) => m.a.feature.pos === 'v' || m.a.feature.role === 'predicate') ??
    conflicting.find((m) => m.a.feature.pos === 'a' || m.b.feature.pos === 'a') ??
    // "no weapons in the market" against "weapons stored in the market".
    conflicting.find((m) => m.a.feature.pos === 'n' && m.b.feature.pos === 'n' && zeroQuantified(m.a.feature.negated ? m.a.feature : m.b.feature, pair)) ??
    null
  );
}

/** A plain loop: asked twice for every pair, mostly before the JIT has optimised it. */
function negatesAny(features: Feature[]): boolean {
  for (let i = 0; i < features.length; i++) if (features[i].negated) return true;
  return false;
}

const EXISTENTIAL_NOUNS = new Set(['need', 'reason', 'evidence', 'sign', 'trace', 'proof', 'basis', 'case', 'justification', 'ground', 'grounds']);

/** "no weapons", "none of the ballots", "no need for a recount": the noun itself is said not to exist. */
function zeroQuantified(noun: Feature, pair: ClaimPair): boolean {
  const claim = pair.a.items.some((i) => i.feature === noun) ? pair.a.claim : pair.b.claim;
  const content = claim.unit.content;
  const at = content.findIndex((t) => t.start === noun.tokens[0].start);
  for (let i = at - 1; i >= 0 && i >= at - 5; i--) {
    const t = content[i];
    if (t.lower === 'no' || t.lower === 'none' || t.lower === 'zero') return true;
    // Over adjectives and nouns of the same noun phrase: "no payment card information".
    const passable = /^(ADJ|DET|NUM|ADV|NOUN)$/.test(t.pos) || t.lower === 'for' || t.lower === 'of' || EXISTENTIAL_NOUNS.has(t.lemma);
    if (!passable) return false;
  }
  return false;
}

function negationWords(claim: AnalyzedClaim, before: Token): Token[] {
  const negators = claim.negationCues.filter((t) => t.start < before.start);
  if (claim.unit.attribution.stance === 'denial' && claim.unit.attribution.verbToken) negators.unshift(claim.unit.attribution.verbToken);
  return negators.length ? negators : claim.negationCues;
}

function denialVerb(claim: AnalyzedClaim): string | null {
  return claim.unit.attribution.stance === 'denial' ? `${claim.unit.attribution.verbToken?.text ?? 'denies'} it` : null;
}

function deonticWords(claim: AnalyzedClaim): Token[] {
  const words = claim.unit.content.filter((t) => (t.pos === 'AUX' || t.pos === 'VERB') && DEONTIC.has(t.lemma));
  const verb = claim.unit.attribution.verbToken;
  if (verb && (claim.unit.attribution.stance === 'demand' || DEONTIC.has(verb.lemma))) words.unshift(verb);
  return words;
}
