// The sample cases (samples/<id>/), built into the app so they open offline. Their texts are
// small, so all are bundled; only the default one also ships a precomputed analysis (see
// scripts/sample-analysis.mjs), the others are analysed by the worker when opened.
import { CASE_FILE_FORMAT, CASE_FILE_VERSION, type CaseDocument } from '../../shared/case-file';
import { DEFAULT_SAMPLE_ID } from '../../shared/samples';

interface SampleCaseJson {
  title: string;
  description?: string;
  sources: { id: string; name: string; kind?: string; file: string }[];
}

const cases = import.meta.glob<SampleCaseJson>('../../samples/*/case.json', { eager: true, import: 'default' });
const texts = import.meta.glob<string>('../../samples/*/*.md', { query: '?raw', import: 'default', eager: true });

/** The sample case `id` as a fresh, unsaved document, or null when there is no such sample. */
export function sampleDocumentById(id: string): CaseDocument | null {
  const folder = `../../samples/${id}`;
  const kase = cases[`${folder}/case.json`];
  if (!kase) return null;
  return {
    format: CASE_FILE_FORMAT,
    version: CASE_FILE_VERSION,
    title: kase.title,
    description: kase.description,
    sources: kase.sources.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      text: texts[`${folder}/${s.file}`],
      origin: `sample: ${s.file}`,
    })),
    edits: [],
  };
}

/** The sample the app opens on. */
export function sampleDocument(): CaseDocument {
  const document = sampleDocumentById(DEFAULT_SAMPLE_ID);
  if (!document) throw new Error(`The default sample samples/${DEFAULT_SAMPLE_ID} is missing from the build.`);
  return document;
}
