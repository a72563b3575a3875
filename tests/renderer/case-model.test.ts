import { describe, expect, it } from 'vitest';
import { caseReducer, uniqueId } from '../../renderer/case/case-model';
import { emptyCase, MAX_SOURCES } from '../../shared/case-file';

const start = () => caseReducer(emptyCase('T'), { type: 'add-sources', sources: [{ name: 'BBC News', text: 'a' }, { name: 'BBC News', text: 'b' }, { name: 'Le Monde', text: 'c', kind: 'newspaper' }] });

describe('the case reducer', () => {
  it('adds sources with readable unique ids', () => {
    expect(start().sources.map((s) => s.id)).toEqual(['bbc-news', 'bbc-news-2', 'le-monde']);
    expect(uniqueId('  !!  ', new Set())).toBe('source');
  });

  it('renames, sets and clears the kind, reorders and removes', () => {
    let state = start();
    state = caseReducer(state, { type: 'rename-source', id: 'bbc-news-2', name: 'BBC World' });
    state = caseReducer(state, { type: 'set-kind', id: 'bbc-news', kind: 'broadcaster' });
    state = caseReducer(state, { type: 'set-kind', id: 'le-monde', kind: '' });
    state = caseReducer(state, { type: 'move-source', id: 'le-monde', by: -1 });
    state = caseReducer(state, { type: 'move-source', id: 'bbc-news', by: -1 });
    expect(state.sources.map((s) => [s.id, s.name, s.kind])).toEqual([
      ['bbc-news', 'BBC News', 'broadcaster'],
      ['le-monde', 'Le Monde', undefined],
      ['bbc-news-2', 'BBC World', undefined],
    ]);
    expect('kind' in state.sources[1]).toBe(false);
    state = caseReducer(state, { type: 'remove-source', id: 'le-monde' });
    expect(state.sources.map((s) => s.id)).toEqual(['bbc-news', 'bbc-news-2']);
  });

  it('never holds more than MAX_SOURCES sources', () => {
    const many = Array.from({ length: MAX_SOURCES + 2 }, (_, i) => ({ name: `S${i}`, text: 'x' }));
    expect(caseReducer(emptyCase(), { type: 'add-sources', sources: many }).sources).toHaveLength(MAX_SOURCES);
  });
});
