// The case file with the user's edits: version 2, the migration of version 1, and refusals.
import { describe, expect, it } from 'vitest';
import { CASE_FILE_VERSION, emptyCase, parseCaseFile, serializeCase, storedCaseSchema, type CaseDocument } from '../../shared/case-file';
import type { Edit } from '../../engine/edits';

const source = { id: 'a', name: 'Agency', text: 'The bridge closed.' };
const edits: Edit[] = [
  { id: 'e1', op: 'relabel', claim: { source: 'a', text: 'The bridge closed.', at: 0 }, status: 'contested' },
  { id: 'e2', op: 'split', claims: [{ source: 'a', text: 'The bridge closed.', at: 0 }] },
  { id: 'e3', op: 'note', target: 'point', claim: { source: 'a', text: 'The bridge closed.', at: 0 }, text: 'Ask the council.' },
];

describe('case file version 2', () => {
  it('is version 2 and saves the edits', () => {
    expect(CASE_FILE_VERSION).toBe(2);
    const document: CaseDocument = { ...emptyCase('Bridge'), sources: [source], edits };
    const parsed = parseCaseFile(serializeCase(document));
    expect(parsed).toEqual({ ok: true, document });
  });

  it('opens a version-1 file with its reserved empty edits object as version 2', () => {
    const v1 = JSON.stringify({ format: 'parallax-case', version: 1, title: 'Old', sources: [source], edits: {} });
    const parsed = parseCaseFile(v1, 'old.parallax.json');
    expect(parsed).toEqual({ ok: true, document: { format: 'parallax-case', version: 2, title: 'Old', sources: [source], edits: [] } });
    // A version-1 file without the field at all opens too.
    expect(parseCaseFile(JSON.stringify({ format: 'parallax-case', version: 1, title: 'Old', sources: [] })).ok).toBe(true);
  });

  it('recovers a version-1 autosave', () => {
    const parsed = storedCaseSchema.safeParse({ format: 'parallax-case', version: 1, title: 'Old', sources: [], edits: {} });
    expect(parsed.success && parsed.data.version).toBe(2);
  });

  it('refuses a newer version without reading further', () => {
    const newer = JSON.stringify({ format: 'parallax-case', version: 3, title: 'x', sources: [], edits: 'anything' });
    const parsed = parseCaseFile(newer, 'future.parallax.json');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toBe('future.parallax.json was saved by a newer Parallax (case format 3); this version reads format 2. Update Parallax to open it.');
  });

  it('names a damaged edit and a repeated edit id', () => {
    const bad = { ...emptyCase(), edits: [{ id: 'e1', op: 'relabel', claim: { source: 'a', text: 'x', at: 0 }, status: 'maybe' }] };
    const parsed = parseCaseFile(JSON.stringify(bad), 'bad.parallax.json');
    expect(!parsed.ok && parsed.message).toMatch(/^bad\.parallax\.json is damaged: edits\.0\.status: /);
    const twice = { ...emptyCase(), edits: [edits[0], { ...edits[2], id: 'e1' }] };
    const repeated = parseCaseFile(JSON.stringify(twice), 'twice.parallax.json');
    expect(!repeated.ok && repeated.message).toBe('twice.parallax.json is damaged: the edit id "e1" appears twice.');
  });

  it('refuses an edit with an unknown operation', () => {
    const parsed = parseCaseFile(JSON.stringify({ ...emptyCase(), edits: [{ id: 'e1', op: 'delete', claim: { source: 'a', text: 'x', at: 0 } }] }));
    expect(parsed.ok).toBe(false);
  });
});
