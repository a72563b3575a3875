// "Check a claim": where does each source stand on a sentence the user types? The typed claim
// goes through the same stages as the sources (claims, features with the case's names and
// aliases), is linked to each source's claims by similarity (`typed-link.ts`: a typed sentence has
// no place in a source, which the case alignment's model weighs) and judged by the same cue
// detectors as the points.
import { prepareText } from './text';
import { splitSentences } from './sentences';
import { splitClaims } from './claims';
import { analyzeClaim, type AnalyzedClaim } from './features';
import { findEntities, midSentenceNames } from './entities';
import { prepareCase, type PreparedSource } from './analyze';
import type { SourceCache } from './source-cache';
import { similarity, weighClaims, type WeightedClaim } from './similarity';
import { DEFAULT_TYPED_LINK, hasContentEvidence, typedLink, typedLinkStrength, type TypedLink, type TypedLinkOptions } from './typed-link';
import { contestReasons } from './verdicts/judge';
import { explainAgreement } from './verdicts/agreement';
import type { CaseInput, Reason } from './types';

/** The source id the typed claim gets; cues in reasons point into the typed text with it. */
export const CHECKED_SOURCE = 'checked';
/** How the typed claim is named in reasons ("Your claim says …"). */
export const CHECKED_NAME = 'Your claim';
/** Longer input is not one claim; the UI and the CLI say so rather than check a whole article. */
export { MAX_CHECK_CHARS } from './types';

export type CheckVerdict = 'supports' | 'contests' | 'silent';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface DecidingClaim extends Span {
  /** The claim's id in the case's analysis (the same ids `analyze` gives). */
  id: string;
  /** The whole sentence the claim comes from, for quoting it in context. */
  sentence: Span;
}

export interface SourceCheck {
  source: string;
  verdict: CheckVerdict;
  /** The source's claim that decided the verdict; null when the source is silent. */
  claim: DecidingClaim | null;
  /** Similarity of the deciding pair, 3 decimals (of the closest claim when silent). */
  score: number;
  reasons: Reason[];
}

export interface ClaimCheck {
  /** The typed claim as it was checked (trimmed). */
  text: string;
  sources: SourceCheck[];
}

/** A case prepared once (sentences, claims, features); each check then only reads the typed claim. */
export interface CheckContext {
  sources: PreparedSource[];
  texts: Map<string, string>;
  names: Set<string>;
  aliasHeads: Map<string, string>;
  nameOf: (id: string) => string;
}

/** `cache`: the sources' sentences and claims kept from analyses of the same case (see `analyze`). */
export function prepareCheck(input: CaseInput, cache?: SourceCache): CheckContext {
  const { sources, names, aliasHeads } = prepareCase(input, cache);
  const sourceNames = new Map(input.sources.map((s) => [s.id, s.name]));
  return {
    sources,
    texts: new Map(input.sources.map((s) => [s.id, s.text])),
    names,
    aliasHeads,
    nameOf: (id) => (id === CHECKED_SOURCE ? CHECKED_NAME : (sourceNames.get(id) ?? id)),
  };
}

export function checkClaim(context: CheckContext, typed: string, options: TypedLinkOptions = DEFAULT_TYPED_LINK): ClaimCheck {
  const text = typed.trim();
  const queries = analyzeTyped(context, text);
  const weighted = weighClaims([...context.sources.flatMap((s) => s.claims), ...queries]);
  const typedClaims = weighted.slice(weighted.length - queries.length);
  const bySource = new Map<string, WeightedClaim[]>();
  for (const w of weighted.slice(0, weighted.length - queries.length)) {
    const list = bySource.get(w.claim.unit.source) ?? [];
    list.push(w);
    bySource.set(w.claim.unit.source, list);
  }
  return { text, sources: context.sources.map((s) => checkSource(context, typedClaims, bySource.get(s.summary.id) ?? [], s.summary.id, options)) };
}

/** The typed text as claims, read with the case's names and aliases so "the bank" finds its bank. */
function analyzeTyped(context: CheckContext, text: string): AnalyzedClaim[] {
  if (!text) return [];
  const units = splitClaims(CHECKED_SOURCE, splitSentences(prepareText(text)));
  const names = new Set([...context.names, ...midSentenceNames(units.flatMap((u) => u.content))]);
  const claims: AnalyzedClaim[] = [];
  let previous: AnalyzedClaim | null = null;
  for (const unit of units) {
    const entities = findEntities(unit.content, names);
    const claim = analyzeClaim(unit, { previousSubject: previous?.subject ?? [], previousSpeaker: previous?.speaker ?? null, aliasHeads: context.aliasHeads, names, entities });
    claims.push(claim);
    previous = claim;
  }
  return claims;
}

function checkSource(context: CheckContext, typed: WeightedClaim[], claims: WeightedClaim[], source: string, options: TypedLinkOptions): SourceCheck {
  const scored = typed.flatMap((q) => claims.map((c) => ({ q, c, sim: similarity(q, c) })));
  let decisive: TypedLink | null = null;
  for (const { q, c, sim } of scored) {
    // A typed claim is short, so one loose match (a hypernym: "behaved" / "upheld") can reach the
    // plain threshold alone; ask every pair for the evidence asked of weak ones.
    if (!hasContentEvidence(sim)) continue;
    const link = typedLink(q, c, context.nameOf, options, sim);
    if (link && (!decisive || typedLinkStrength(link) > typedLinkStrength(decisive))) decisive = link;
  }
  if (!decisive) {
    const closest = scored.reduce((best, s) => Math.max(best, s.sim.score), 0);
    return { source, verdict: 'silent', claim: null, score: round(closest), reasons: [] };
  }
  const pair = { a: decisive.a, b: decisive.b, similarity: decisive.similarity, nameOf: context.nameOf, grouped: true };
  const contests = contestReasons(pair);
  return {
    source,
    verdict: contests.length ? 'contests' : 'supports',
    claim: deciding(decisive.b.claim, context.texts.get(source) ?? ''),
    score: round(decisive.similarity.score),
    reasons: (contests.length ? contests : [explainAgreement(pair)]).map((r) => ({ ...r, detail: lowerInside(r.detail) })),
  };
}

function deciding(claim: AnalyzedClaim, text: string): DecidingClaim {
  const { unit } = claim;
  return {
    id: unit.id,
    start: unit.start,
    end: unit.end,
    text: text.slice(unit.start, unit.end),
    sentence: { start: unit.sentence.start, end: unit.sentence.end, text: text.slice(unit.sentence.start, unit.sentence.end) },
  };
}

/** "… while Your claim says the opposite": the typed claim's name is capitalised only where a sentence starts. */
function lowerInside(detail: string): string {
  return detail.replace(new RegExp(`(?<=\\S\\s+)${CHECKED_NAME}`, 'g'), CHECKED_NAME.toLowerCase());
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000 + 0;
}
