// Stage 2c: what each claim is about. Turns a claim's content into weighted features
// (content lemmas, actors, numbers), resolves pronoun and elided subjects, and marks
// negated words, hedges, quantities, dates, and the claim's predicate and agent.
import type { Token } from './nlp';
import type { ClaimUnit } from './claims';
import { subjectOf } from './claims';
import type { DateMention, Quantity } from './types';
import { negationScope } from './negation';
import { findHedgePhrases } from './hedging';
import { findQuantities, inMinutes } from './quantities';
import { findDates } from './dates';
import { findTimes, timeKey, type TimeMention } from './times';
import { findEntities, type EntityMention } from './entities';
import { looksLikePerson, resolveSpeaker, resolveSubject } from './antecedents';
import { isMultiwordLemma, synsetIds } from './wordnet';
import { hasLetter } from './chars';

/** Kept here too: callers ask the features module whether a name reads as a person's. */
export { looksLikePerson };

/** Parts of speech, plus `e` for a named actor or place, `d` for a date and `q` for an exact count. */
export type FeaturePos = 'n' | 'v' | 'a' | 'r' | 'e' | 'd' | 'q';

/** Content words, as opposed to names and dates. */
export function isWordFeature(f: { pos: FeaturePos }): boolean {
  return f.pos !== 'e' && f.pos !== 'd' && f.pos !== 'q';
}

export interface Feature {
  /** Lemma, multi-word lemma ("hand over") or entity key. */
  key: string;
  pos: FeaturePos;
  tokens: Token[];
  negated: boolean;
  /** Came from a resolved pronoun or an elided subject, not from the claim's own words. */
  inherited: boolean;
  /** For an organisation's name, the common noun it ends in ("court" in "Brenmouth Administrative Court"). */
  head?: string;
  /** A noun modifying the next noun ("emergency" in "emergency fund"): the head carries the meaning. */
  modifier?: boolean;
  role: 'agent' | 'predicate' | 'other';
}

export interface AnalyzedClaim {
  unit: ClaimUnit;
  features: Feature[];
  negationCues: Token[];
  quantities: Quantity[];
  dates: DateMention[];
  /** Times of day, kept apart from counts: "6.30 pm" is not 6.3 of anything. */
  times: TimeMention[];
  agentTokens: Token[];
  /** What the act is done to: the direct object of an active verb, the subject of a passive one. */
  patientTokens: Token[];
  predicate: Feature | null;
  /** The content's own subject tokens, resolved, for the next claim's pronouns. */
  subject: Token[];
  negated: boolean;
  hedged: boolean;
  speaker: string | null;
}

const CONTENT_POS: Record<string, FeaturePos> = { NOUN: 'n', VERB: 'v', ADJ: 'a', ADV: 'r', PROPN: 'e' };
const IGNORED_LEMMAS = new Set(['be', 'have', 'do', 'also', 'not', 'so', 'then', 'there', 'here', 'very', 'only', 'just', 'even', 'still', 'already', 'all', 'other', 'such', 'own', 'same', 'more', 'most', 'much', 'many', 'well', 'now', 'ever', 'never', 'yet', 'too', 'however', 'himself', 'herself', 'themselves', 'itself']);

export interface ClaimContext {
  /** Resolved subject of the previous claim in the same source, for "They were rushed ...". */
  previousSubject: Token[];
  /** The last person's name in the previous claim ("Mukhtar Ablyazov"), for "he" and "she" when the previous subject is not a person. */
  previousPerson?: Token[];
  previousSpeaker: string | null;
  aliasHeads: Map<string, string>;
  /** Words the case capitalises mid-sentence, to tell names from capitalised sentence openers. */
  names: ReadonlySet<string>;
  /** The names in the claim's content, already found when the case's aliases were gathered. */
  entities: EntityMention[];
}

export function analyzeClaim(unit: ClaimUnit, context: ClaimContext): AnalyzedClaim {
  const content = unit.content;
  const denied = unit.attribution.stance === 'denial';
  const scope = negationScope(content, denied);
  const dates = findDates(content);
  const times = findTimes(content);
  const dateTokens = new Set<number>();
  for (let i = 0; i < dates.length; i++) markWithin(content, dates[i], dateTokens);
  for (let i = 0; i < times.length; i++) markWithin(content, times[i], dateTokens);
  const quantities = findQuantities(content, dateTokens);

  const ownSubject = subjectOf(content, 0, content.length);
  const { pronounSubject, inherited, subject } = resolveSubject(unit, ownSubject, context);

  const features: Feature[] = [];
  collectFeatures(content, context.entities, scope.negated, dateTokens, context.aliasHeads, false, features);
  if (inherited.length && (pronounSubject || unit.inheritedSubject.length || !ownSubject.length)) {
    collectFeatures(inherited, findEntities(inherited, context.names), new Set(), new Set(), context.aliasHeads, true, features);
  }

  // The same exact count of the same thing ("for two hours", "22 months") is evidence of the same fact.
  for (let i = 0; i < quantities.length; i++) {
    const q = inMinutes(quantities[i]);
    if (q.low === null || q.low !== q.high || q.low === 0) continue;
    features.push(makeFeature(`${q.low} ${q.unit ?? ''}`.trim(), 'q', tokensWithin(content, q), false, false));
  }
  for (let i = 0; i < dates.length; i++) {
    features.push(makeFeature(dates[i].value, 'd', tokensWithin(content, dates[i]), false, false));
  }
  for (let i = 0; i < times.length; i++) {
    features.push(makeFeature(timeKey(times[i]), 'd', tokensWithin(content, times[i]), false, false));
  }

  const predicate = findPredicate(content, features, ownSubject);
  if (predicate) predicate.role = 'predicate';
  const passive = isPassive(content);
  const agentTokens = findAgent(content, subject, passive);
  const patientTokens = findPatient(content, subject, predicate, passive);
  if (agentTokens.length) {
    for (let i = 0; i < features.length; i++) if (features[i].role !== 'predicate' && sharesToken(features[i].tokens, agentTokens)) features[i].role = 'agent';
  }

  const hedged = findHedgePhrases(content).length > 0;
  const speaker = unit.attribution.speaker ? resolveSpeaker(unit.attribution.speaker.text, context.previousSpeaker) : null;
  return {
    unit,
    features,
    negationCues: scope.cues,
    quantities,
    dates,
    times,
    agentTokens,
    patientTokens,
    predicate,
    subject,
    negated: predicate ? predicate.negated : scope.negated.size > 0 && !allNo(scope.cues),
    hedged,
    speaker,
  };
}

function collectFeatures(tokens: Token[], entities: EntityMention[], negated: ReadonlySet<number>, skip: Set<number>, aliasHeads: Map<string, string>, inherited: boolean, out: Feature[]): void {
  const seenEntities: EntityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (skip.has(t.start)) continue;
    const entity = entities.length ? entityAt(entities, t.start) : undefined;
    if (entity) {
      if (!seenEntities.includes(entity)) {
        seenEntities.push(entity);
        out.push(makeFeature(entity.key, 'e', entity.tokens, negated.has(t.start), inherited, entity.head || undefined));
      }
      continue;
    }
    const tagged = CONTENT_POS[t.pos];
    const pos = tagged === 'a' && readsAsVerb(tokens, i) ? 'v' : tagged;
    if (!pos || IGNORED_LEMMAS.has(t.lemma) || !hasLetter(t.text) || t.text.length < 2) continue;
    // "the bank" after "BTA Bank" is the same actor.
    const alias = pos === 'n' && tokens[i - 1]?.lower === 'the' ? aliasHeads.get(t.lemma) : undefined;
    if (alias) {
      out.push(makeFeature(alias, 'e', [t], negated.has(t.start), inherited));
      continue;
    }
    if (pos === 'e') {
      // A capitalised word wink calls PROPN but that is not a name run (e.g. a lone sentence-initial word).
      out.push(makeFeature(t.lemma, 'n', [t], negated.has(t.start), inherited));
      continue;
    }
    if (pos === 'v') {
      const particle = particleAfter(tokens, i);
      if (particle) {
        out.push(makeFeature(`${t.lemma} ${particle.lower}`, pos, [t, particle], negated.has(t.start), inherited));
        skip.add(particle.start);
        continue;
      }
    }
    const modifier = pos === 'n' && (tokens[i + 1]?.pos === 'NOUN' || (tokens[i + 1]?.text === '-' && tokens[i + 2]?.pos === 'NOUN'));
    out.push(makeFeature(t.lemma, pos, [t], negated.has(t.start), inherited, undefined, modifier));
  }
}

/**
 * The name a token belongs to (the last listed, should two share it): a claim has few names, so a
 * scan beats building a map per claim.
 */
function entityAt(entities: EntityMention[], start: number): EntityMention | undefined {
  for (let e = entities.length - 1; e >= 0; e--) {
    const tokens = entities[e].tokens;
    for (let k = 0; k < tokens.length; k++) if (tokens[k].start === start) return entities[e];
  }
  return undefined;
}

/**
 * Every feature is built here, all fields in one order: one object shape for the whole analysis,
 * so the stages that read features millions of times (weighing, matching, linking) stay monomorphic.
 */
function makeFeature(key: string, pos: FeaturePos, tokens: Token[], negated: boolean, inherited: boolean, head?: string, modifier = false): Feature {
  // Both optional fields are set even when empty: adding them later would fork the shape.
  return { key, pos, tokens, negated, inherited, head, modifier, role: 'other' };
}

const MODALS = new Set(['will', 'would', 'shall', 'can', 'could', 'may', 'might', 'must', 'should', 'to']);
const OBJECT_START = /^(DET|PRON|NOUN|PROPN|NUM)$/;

/**
 * The tagger calls some verbs adjectives after a modal ("will close its plant", "to clear the
 * site"): a word there, followed by its object and with a verb sense, is read as the verb.
 */
function readsAsVerb(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return !!before && !!after && MODALS.has(before.lower) && OBJECT_START.test(after.pos) && synsetIds(tokens[i].lemma, 'v').length > 0;
}

// Indexed loops here and below: analyzeClaim runs once per claim, mostly before the JIT has
// optimised it, and there `for...of` and per-call closures allocate on every step.
function tokensWithin(content: Token[], span: { start: number; end: number }): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < content.length; i++) if (content[i].start >= span.start && content[i].end <= span.end) tokens.push(content[i]);
  return tokens;
}

function markWithin(content: Token[], span: { start: number; end: number }, marked: Set<number>): void {
  for (let i = 0; i < content.length; i++) if (content[i].start >= span.start && content[i].end <= span.end) marked.add(content[i].start);
}

function sharesToken(tokens: Token[], others: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (others.includes(tokens[i])) return true;
  return false;
}

/** "handed over", "carried out", "shut down": the particle belongs to the verb. */
function particleAfter(tokens: Token[], i: number): Token | null {
  const next = tokens[i + 1];
  if (!next || !/^(ADP|PART|ADV)$/.test(next.pos)) return null;
  return isMultiwordLemma(tokens[i].lemma, next.lower) ? next : null;
}

/** The main verb after the subject; for "X was irregular", the predicate adjective or noun. */
function findPredicate(content: Token[], features: Feature[], subject: Token[]): Feature | null {
  const afterSubject = subject.length ? subject[subject.length - 1].end : -1;
  let firstVerb: Feature | null = null;
  for (let i = 0; i < features.length; i++) {
    const f = features[i];
    if (f.inherited || f.pos !== 'v') continue;
    if (f.tokens[0].start > afterSubject) return f;
    firstVerb ??= f;
  }
  if (firstVerb) return firstVerb;
  let copulaStart = -1;
  for (let i = 0; i < content.length && copulaStart < 0; i++) if (content[i].lemma === 'be' && content[i].start > afterSubject) copulaStart = content[i].start;
  if (copulaStart < 0) return null;
  for (let i = 0; i < features.length; i++) {
    const f = features[i];
    if (!f.inherited && (f.pos === 'a' || f.pos === 'n') && f.tokens[0].start > copulaStart) return f;
  }
  return null;
}

/** Who does the act: the "by" phrase of a passive, else the subject. */
function findAgent(content: Token[], subject: Token[], passive: boolean): Token[] {
  for (let i = 1; i < content.length - 1; i++) {
    if (content[i].lower !== 'by' || !/ed$|en$/.test(content[i - 1].lower)) continue;
    const agent: Token[] = [];
    for (let j = i + 1; j < content.length && /^(DET|NOUN|PROPN|ADJ|PRON)$/.test(content[j].pos); j++) if (content[j].pos !== 'DET') agent.push(content[j]);
    if (agent.length) return agent;
  }
  return passive ? [] : subject.filter((t) => t.pos !== 'DET');
}

function isPassive(content: Token[]): boolean {
  for (let i = 0; i + 1 < content.length; i++) if (content[i].lemma === 'be' && content[i + 1].pos === 'VERB' && /ed$|en$/.test(content[i + 1].lower)) return true;
  return false;
}

/** The nouns right after an active predicate ("shelled the central market"), or a passive's subject. */
function findPatient(content: Token[], subject: Token[], predicate: Feature | null, passive: boolean): Token[] {
  if (!predicate || predicate.pos !== 'v') return [];
  if (passive) return subject.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  const after = content.findIndex((t) => t.start >= predicate.tokens[predicate.tokens.length - 1].end);
  if (after < 0) return [];
  const patient: Token[] = [];
  for (let i = after; i < content.length && /^(DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(content[i].pos); i++) {
    if (content[i].pos === 'NOUN' || content[i].pos === 'PROPN') patient.push(content[i]);
  }
  return patient;
}

function allNo(cues: Token[]): boolean {
  for (let i = 0; i < cues.length; i++) if (cues[i].lower !== 'no') return false;
  return true;
}
