// Every folder of samples/ is a complete case the app can open and the gold test can score:
// a valid case.json with its provenance, its source files (each led by a headline), and a
// gold reading whose quotes are exact text of the sources it names.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFileSchema } from '../../cli/case-schema';
import { caseDocumentSchema } from '../../shared/case-file';
import { DEFAULT_SAMPLE_ID, SAMPLES } from '../../shared/samples';
import { sampleDocument, sampleDocumentById } from '../../renderer/case/sample';

const ROOT = 'samples';
const folders = readdirSync(ROOT).filter((name) => statSync(join(ROOT, name)).isDirectory());

describe('the sample cases', () => {
  it('are there: the default and at least two more', () => {
    expect(folders).toContain(DEFAULT_SAMPLE_ID);
    expect(folders.length).toBeGreaterThanOrEqual(3);
  });

  describe.each(folders)('samples/%s', (folder) => {
    const dir = join(ROOT, folder);
    const read = (file: string) => readFileSync(join(dir, file), 'utf8');

    it('has a valid case.json that says where its texts come from', () => {
      const parsed = caseFileSchema.safeParse(JSON.parse(read('case.json')));
      expect(parsed.success, parsed.error?.message).toBe(true);
      expect(parsed.data?.provenance?.length ?? 0).toBeGreaterThan(40);
      expect(parsed.data?.description).toBeTruthy();
      const ids = parsed.data!.sources.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('has every source file, each opening with a headline', () => {
      const kase = caseFileSchema.parse(JSON.parse(read('case.json')));
      expect(kase.sources.length).toBeGreaterThanOrEqual(2);
      for (const source of kase.sources) {
        expect(existsSync(join(dir, source.file)), source.file).toBe(true);
        expect(read(source.file)).toMatch(/^# \S.*\n\n\S/);
      }
    });

    it('has a gold reading quoting its own sources verbatim', () => {
      const kase = caseFileSchema.parse(JSON.parse(read('case.json')));
      const texts = new Map(kase.sources.map((s) => [s.id, read(s.file)]));
      const gold = JSON.parse(read('gold.json')) as { schema: string; case: string; points: { id: string; status: string; claims: { source: string; quote: string }[] }[] };
      expect(gold.schema).toBe('parallax/gold@1');
      expect(gold.case).toBe(folder);
      const pointIds = gold.points.map((p) => p.id);
      expect(new Set(pointIds).size).toBe(pointIds.length);
      for (const point of gold.points) {
        expect(['agreed', 'contested', 'unique']).toContain(point.status);
        if (point.status === 'unique') expect(point.claims, point.id).toHaveLength(1);
        else expect(point.claims.length, point.id).toBeGreaterThanOrEqual(2);
        for (const claim of point.claims) expect(texts.get(claim.source), `${point.id}: ${claim.quote}`).toContain(claim.quote);
      }
      const statuses = new Set(gold.points.map((p) => p.status));
      expect([...statuses].sort()).toEqual(['agreed', 'contested', 'unique']);
    });

    it('opens in the app as a valid case document with every text', () => {
      const document = sampleDocumentById(folder);
      expect(caseDocumentSchema.safeParse(document).success).toBe(true);
      expect(document!.sources.every((s) => s.text.length > 0)).toBe(true);
    });
  });

  it('are all listed for the menus, the default first', () => {
    expect(SAMPLES.map((s) => s.id).sort()).toEqual([...folders].sort());
    expect(SAMPLES[0].id).toBe(DEFAULT_SAMPLE_ID);
    expect(sampleDocument().title).toBe(SAMPLES[0].title);
    expect(sampleDocumentById('no-such-sample')).toBeNull();
  });
});
