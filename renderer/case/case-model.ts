// The open case and every change the user can make to it, as a pure reducer.
import { MAX_SOURCES, type CaseDocument, type SourceDocument } from '../../shared/case-file';
import type { Edit } from '../../engine/edits/types';

export interface NewSource {
  name: string;
  kind?: string;
  text: string;
  origin?: string;
}

export type CaseAction =
  | { type: 'replace'; document: CaseDocument }
  | { type: 'set-title'; title: string }
  | { type: 'add-sources'; sources: NewSource[] }
  | { type: 'rename-source'; id: string; name: string }
  | { type: 'set-kind'; id: string; kind: string }
  | { type: 'move-source'; id: string; by: -1 | 1 }
  | { type: 'remove-source'; id: string }
  /** The user's corrections (renderer/edits keeps the undo history over this list). */
  | { type: 'set-edits'; edits: Edit[] };

export function caseReducer(state: CaseDocument, action: CaseAction): CaseDocument {
  switch (action.type) {
    case 'replace':
      return action.document;
    case 'set-title':
      return { ...state, title: action.title };
    case 'add-sources': {
      const room = MAX_SOURCES - state.sources.length;
      const taken = new Set(state.sources.map((s) => s.id));
      const added = action.sources.slice(0, Math.max(0, room)).map((s) => toSource(s, taken));
      return added.length ? { ...state, sources: [...state.sources, ...added] } : state;
    }
    case 'rename-source':
      return mapSource(state, action.id, (s) => ({ ...s, name: action.name }));
    case 'set-kind':
      return mapSource(state, action.id, (s) => {
        const { kind: _old, ...rest } = s;
        return action.kind.trim() ? { ...rest, kind: action.kind } : rest;
      });
    case 'move-source': {
      const from = state.sources.findIndex((s) => s.id === action.id);
      const to = from + action.by;
      if (from < 0 || to < 0 || to >= state.sources.length) return state;
      const sources = [...state.sources];
      [sources[from], sources[to]] = [sources[to], sources[from]];
      return { ...state, sources };
    }
    case 'remove-source':
      return { ...state, sources: state.sources.filter((s) => s.id !== action.id) };
    case 'set-edits':
      return { ...state, edits: action.edits };
  }
}

function mapSource(state: CaseDocument, id: string, change: (s: SourceDocument) => SourceDocument): CaseDocument {
  return { ...state, sources: state.sources.map((s) => (s.id === id ? change(s) : s)) };
}

function toSource(source: NewSource, taken: Set<string>): SourceDocument {
  const id = uniqueId(source.name, taken);
  taken.add(id);
  const out: SourceDocument = { id, name: source.name.trim() || 'Untitled source', text: source.text };
  if (source.kind) out.kind = source.kind;
  if (source.origin) out.origin = source.origin;
  return out;
}

/** A readable, unique id from the name: "BBC News" -> "bbc-news", then "bbc-news-2". */
export function uniqueId(name: string, taken: Set<string>): string {
  const base = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'source';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** How many more sources fit, for messages like "only 2 more sources fit". */
export function roomFor(state: CaseDocument): number {
  return MAX_SOURCES - state.sources.length;
}
