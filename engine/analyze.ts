// The pipeline: text -> sentences -> claims -> features -> alignment -> points with verdicts.
import type { ClaimUnit } from './claims';
import { splitSource, type SourceCache } from './source-cache';
import { analyzeClaim, looksLikePerson, type AnalyzedClaim } from './features';
import type { Token } from './nlp';
import { addMidSentenceNames, aliasHeads, findEntities, type EntityMention } from './entities';
import { weighClaims, similarity, type WeightedClaim } from './similarity';
import { DEFAULT_ALIGNMENT, groupIntoPoints, linkCandidates, type AlignmentOptions } from './align';
import { addContestReasons } from './verdicts/judge';
import { pointFacts } from './verdicts/claim-facts';
import { explainAgreement } from './verdicts/agreement';
import { buildFraming } from './framing/index';
import { ANALYSIS_SCHEMA, type Analysis, type CaseInput, type Claim, type Point, type Reason, type SourceSummary } from './types';

export interface PreparedSource {
  summary: SourceSummary;
  claims: AnalyzedClaim[];
  /** The source text normalised (quotes, dashes, line breaks), same length and offsets as the original. */
  normalized: string;
}

/** Stages 1-2 of a case: its sources, and the names and organisation aliases gathered across them. */
export interface PreparedCase {
  sources: PreparedSource[];
  /** Words capitalised mid-sentence somewhere in the case: names, not sentence starts. */
  names: Set<string>;
  /** An organisation's head noun by alias ("the bank" -> "BTA Bank"). */
  aliasHeads: Map<string, string>;
}

/**
 * Stages 1-2: text, sentences, claims and their features. Each source is read on its own; only
 * the case's names (capitalised mid-sentence) and organisation aliases are gathered across sources.
 * With `cache`, a source whose text the cache has seen is not read again (stage 1), nor its
 * claims analysed again while the case's names are unchanged (stage 2).
 */
export function prepareSources(input: CaseInput, cache?: SourceCache): PreparedSource[] {
  return prepareCase(input, cache).sources;
}

/** `prepareSources`, with the case's names and aliases, which claim checks read too. */
export function prepareCase(input: CaseInput, cache?: SourceCache): PreparedCase {
  const prepared = input.sources.map((source) => {
    const { text, units } = cache ? cache.split(source.id, source.text) : splitSource(source.id, source.text);
    return { source, text, units };
  });
  cache?.keepOnly(new Set(input.sources.map((s) => s.id)));
  const names = new Set<string>();
  for (let p = 0; p < prepared.length; p++) for (const unit of prepared[p].units) addMidSentenceNames(unit.content, names);
  const mentions = prepared.map((p) => p.units.map((u) => findEntities(u.content, names)));
  const heads = aliasHeads(mentions.flat(2));
  const caseNames = { names, aliasHeads: heads };
  const sources = prepared.map(({ source, text, units }, s) => {
    const summary: SourceSummary = { id: source.id, name: source.name };
    if (source.kind) summary.kind = source.kind;
    if (text.headline) summary.headline = text.headline;
    const analyze = () => analyzeClaims(units, mentions[s], heads, names);
    return { summary, claims: cache ? cache.claims(source.id, units, caseNames, analyze) : analyze(), normalized: text.normalized };
  });
  return { sources, names, aliasHeads: heads };
}

/** One source's claims in order: each reads the one before for its pronouns and elided subject. */
function analyzeClaims(units: ClaimUnit[], mentions: EntityMention[][], heads: Map<string, string>, names: ReadonlySet<string>): AnalyzedClaim[] {
  const claims: AnalyzedClaim[] = [];
  let previous: AnalyzedClaim | null = null;
  for (let u = 0; u < units.length; u++) {
    const previousPerson = u > 0 ? lastPerson(mentions[u - 1]) : [];
    const context = { previousSubject: previous?.subject ?? [], previousSpeaker: previous?.speaker ?? null, previousPerson, aliasHeads: heads, names, entities: mentions[u] };
    previous = analyzeClaim(units[u], context);
    claims.push(previous);
  }
  return claims;
}

/** The last name in a claim that reads as a person's (organisations have a head noun: "BTA Bank"). */
function lastPerson(mentions: EntityMention[]): Token[] {
  for (let i = mentions.length - 1; i >= 0; i--) if (!mentions[i].head && looksLikePerson(mentions[i].tokens)) return mentions[i].tokens;
  return [];
}

/** How one analysis is run; the analysis is the same whatever is given here. */
export interface AnalysisRun {
  /** Each source's sentences and analysed claims, kept from earlier analyses of the same sources (`SourceCache`). */
  cache?: SourceCache;
  /**
   * Called with the claims and points as soon as they are final, before the framing is read: the
   * app's worker sends them on while it works on, so the window unpacks them meanwhile.
   */
  onAligned?: (aligned: Pick<Analysis, 'claims' | 'points'>) => void;
}

export function analyze(input: CaseInput, options: AlignmentOptions = DEFAULT_ALIGNMENT, run: AnalysisRun = {}): Analysis {
  const sources = prepareSources(input, run.cache);
  const names = new Map(input.sources.map((s) => [s.id, s.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const weighted = weighClaims(sources.flatMap((s) => s.claims));
  const groups = groupIntoPoints(weighted, linkCandidates(weighted, nameOf, options), options);
  const points = groups.map((group, i) => toPoint(`p${i + 1}`, group, nameOf));
  const texts = new Map(input.sources.map((s) => [s.id, s.text]));
  const claims = weighted.map((w) => toClaim(w.claim, texts));
  run.onAligned?.({ claims, points });
  return {
    schema: ANALYSIS_SCHEMA,
    case: { title: input.title },
    sources: sources.map((s) => s.summary),
    claims,
    points,
    framing: buildFraming(sources, texts),
  };
}

function toPoint(id: string, group: WeightedClaim[], nameOf: (id: string) => string): Point {
  const reasons: Reason[] = [];
  const agreements: Reason[] = [];
  // Each claim's cue flags once, not once per pair it is in: most pairs of a point have no cue.
  const facts: number[] = [];
  if (group.length > 1) for (let i = 0; i < group.length; i++) facts.push(pointFacts(group[i]));
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      const pair = { a: group[i], b: group[j], similarity: similarity(group[i], group[j]), nameOf, grouped: true };
      const before = reasons.length;
      addContestReasons(pair, reasons, facts[i], facts[j]);
      if (reasons.length > before) continue;
      // One agreement per claim, against the point's first claim, is enough to explain a large point.
      if (i === 0) agreements.push(explainAgreement(pair));
    }
  }
  const status = group.length < 2 ? 'unique' : reasons.length ? 'contested' : 'agreed';
  for (let k = 0; k < agreements.length; k++) reasons.push(agreements[k]);
  return { id, status, claims: group.map((c) => c.claim.unit.id), reasons };
}

function toClaim(claim: AnalyzedClaim, texts: Map<string, string>): Claim {
  const text = texts.get(claim.unit.source)!;
  // Each key once, in the order the features first name it.
  const terms: string[] = [];
  // A claim has a few dozen features at most: searching the list beats making a Set per claim.
  for (let i = 0; i < claim.features.length; i++) {
    const f = claim.features[i];
    if (f.pos === 'r' || f.inherited || terms.includes(f.key)) continue;
    terms.push(f.key);
  }
  return {
    id: claim.unit.id,
    source: claim.unit.source,
    start: claim.unit.start,
    end: claim.unit.end,
    text: text.slice(claim.unit.start, claim.unit.end),
    speaker: claim.speaker,
    negated: claim.negated,
    hedged: claim.hedged,
    quantities: claim.quantities,
    dates: claim.dates,
    terms,
  };
}
