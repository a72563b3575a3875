// Blind sources: every trace of who wrote what (name, kind, headline, even the ids made from
// names) is replaced by "Source A", "Source B"... before anything reaches the screen. The
// source texts are left alone apart from the headline, which the columns then do not show.
import type { Analysis, Claim, Point, Reason } from '../../engine/types';
import type { SourceDocument } from '../../shared/case-file';

export interface BlindView {
  sources: SourceDocument[];
  analysis: Analysis | null;
  analysedTexts: Map<string, string>;
  /** Display id -> the real id, for edits and student work that must name real sources. */
  realSource: (id: string) => string;
  aliasClaim: (realClaimId: string) => string;
  realClaim: (displayClaimId: string) => string;
}

export function sourceAlias(index: number): string {
  return `Source ${index < 26 ? String.fromCharCode(65 + index) : index + 1}`;
}

export function blindView(sources: SourceDocument[], analysis: Analysis | null, analysedTexts: Map<string, string>): BlindView {
  const alias = new Map(sources.map((s, i) => [s.id, { id: `source-${i + 1}`, name: sourceAlias(i) }]));
  const real = new Map(sources.map((s, i) => [`source-${i + 1}`, s.id]));
  const claimIds = new Map<string, string>();
  const aliasClaim = (id: string) => claimIds.get(id) ?? id;
  // Longest names first, so "Amnesty International UK" is replaced before "Amnesty International".
  const names = sources
    .flatMap((s) => [[s.name, alias.get(s.id)!.name], ...(s.kind ? [[s.kind, 'source']] : [])] as [string, string][])
    .filter(([name]) => name.trim().length > 1)
    .sort((a, b) => b[0].length - a[0].length);
  const scrub = (text: string) => names.reduce((out, [name, replacement]) => out.split(name).join(replacement), text);

  let blinded: Analysis | null = null;
  if (analysis) {
    analysis.claims.forEach((c, i) => {
      const a = alias.get(c.source);
      claimIds.set(c.id, a ? `${a.id}:${c.id.startsWith(`${c.source}:`) ? c.id.slice(c.source.length + 1) : `c${i + 1}`}` : c.id);
    });
    const claim = (c: Claim): Claim => ({ ...c, id: aliasClaim(c.id), source: alias.get(c.source)?.id ?? c.source, speaker: c.speaker && scrub(c.speaker) });
    const reason = (r: Reason): Reason => ({ ...r, claims: r.claims.map(aliasClaim), cues: r.cues.map((cue) => ({ ...cue, claim: aliasClaim(cue.claim) })), detail: scrub(r.detail) });
    const point = (p: Point): Point => ({ ...p, claims: p.claims.map(aliasClaim), reasons: p.reasons.map(reason) });
    blinded = {
      ...analysis,
      case: { title: analysis.case.title },
      sources: analysis.sources.map((s) => ({ id: alias.get(s.id)?.id ?? s.id, name: alias.get(s.id)?.name ?? 'Source' })),
      claims: analysis.claims.map(claim),
      points: analysis.points.map(point),
    };
  }
  const realClaims = new Map([...claimIds].map(([realId, shown]) => [shown, realId]));
  return {
    sources: sources.map((s) => ({ id: alias.get(s.id)!.id, name: alias.get(s.id)!.name, text: s.text })),
    analysis: blinded,
    analysedTexts: new Map([...analysedTexts].map(([id, text]) => [alias.get(id)?.id ?? id, text])),
    realSource: (id) => real.get(id) ?? id,
    aliasClaim,
    realClaim: (id) => realClaims.get(id) ?? id,
  };
}
