// "New case from an article": the voices the engine proposes, as the user edits them (rename,
// leave out, merge), and the case they become. Pure functions, so the dialog stays thin.
import { emptyCase, MAX_SOURCES, type CaseDocument } from '../../shared/case-file';
import type { SpeakerRole, TextSpan, VoiceSplit } from '../../engine/types';
import { caseReducer, type NewSource } from '../case/case-model';

export interface DraftVoice {
  id: string;
  name: string;
  role: SpeakerRole;
  speakers: string[];
  spans: TextSpan[];
  included: boolean;
}

export interface VoicesDraft {
  title: string;
  voices: DraftVoice[];
  narration: TextSpan[];
  keepNarration: boolean;
}

export const NARRATION_NAME = 'The article’s own voice';

/** A title from the article's "# " headline, else its first words. */
export function titleFor(article: string, fileName?: string): string {
  const first = article.split('\n').find((line) => line.trim()) ?? '';
  const headline = /^\s*#{1,6}[ \t]+(.+)$/.exec(first)?.[1].trim();
  if (headline) return `Voices in “${headline.slice(0, 120)}”`;
  if (fileName) return `Voices in ${fileName}`;
  const words = first.trim().split(/\s+/).slice(0, 8).join(' ');
  return words ? `Voices in “${words}…”` : 'Voices of an article';
}

export function draftFrom(split: VoiceSplit, title: string): VoicesDraft {
  return {
    title,
    voices: split.voices.map((v) => ({ id: v.id, name: v.name, role: v.role, speakers: v.speakers, spans: v.spans, included: true })),
    narration: split.narration,
    keepNarration: false,
  };
}

export function renameVoice(draft: VoicesDraft, id: string, name: string): VoicesDraft {
  return { ...draft, voices: draft.voices.map((v) => (v.id === id ? { ...v, name } : v)) };
}

export function includeVoice(draft: VoicesDraft, id: string, included: boolean): VoicesDraft {
  return { ...draft, voices: draft.voices.map((v) => (v.id === id ? { ...v, included } : v)) };
}

/** `from` joins `into`: its statements (in text order) and its speakers; `into` keeps its name. */
export function mergeVoices(draft: VoicesDraft, from: string, into: string): VoicesDraft {
  const source = draft.voices.find((v) => v.id === from);
  if (!source || from === into) return draft;
  const voices = draft.voices
    .filter((v) => v.id !== from)
    .map((v) =>
      v.id === into
        ? { ...v, spans: [...v.spans, ...source.spans].sort((a, b) => a.start - b.start), speakers: [...new Set([...v.speakers, ...source.speakers])], included: v.included || source.included }
        : v,
    );
  return { ...draft, voices };
}

function sourceText(spans: TextSpan[]): string {
  return spans.map((s) => s.text.trim()).filter(Boolean).join('\n\n');
}

export function draftSources(draft: VoicesDraft): NewSource[] {
  const sources: NewSource[] = draft.voices
    .filter((v) => v.included)
    .map((v) => ({ name: v.name.trim(), text: sourceText(v.spans), ...(v.role !== 'other' && v.role !== 'source-itself' ? { kind: v.role } : {}) }));
  if (draft.keepNarration && draft.narration.length) sources.push({ name: NARRATION_NAME, text: sourceText(draft.narration), kind: 'narration' });
  return sources.filter((s) => s.text);
}

/** Why the draft cannot become a case yet, in one sentence; null when it can. */
export function draftProblem(draft: VoicesDraft): string | null {
  const sources = draftSources(draft);
  if (!sources.length) return 'Keep at least one voice (or the narration) to make a case.';
  if (sources.length > MAX_SOURCES) return `A case holds at most ${MAX_SOURCES} sources: leave out or merge ${sources.length - MAX_SOURCES} of these voices.`;
  if (sources.some((s) => !s.name)) return 'Every voice you keep needs a name.';
  const seen = new Set<string>();
  for (const s of sources) {
    const key = s.name.toLowerCase();
    if (seen.has(key)) return `Two voices are called “${s.name}”: rename one or merge them.`;
    seen.add(key);
  }
  return null;
}

/** One source per voice kept (its statements joined by blank lines), plus the narration if chosen. */
export function draftCase(draft: VoicesDraft): CaseDocument {
  return caseReducer(emptyCase(draft.title.trim() || 'Voices of an article'), { type: 'add-sources', sources: draftSources(draft) });
}
