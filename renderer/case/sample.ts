// The bundled sample case (samples/ablyazov-2013), built into the app so it opens offline.
import sampleCase from '../../samples/ablyazov-2013/case.json';
import { CASE_FILE_FORMAT, CASE_FILE_VERSION, type CaseDocument } from '../../shared/case-file';

const texts = import.meta.glob('../../samples/ablyazov-2013/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export function sampleDocument(): CaseDocument {
  return {
    format: CASE_FILE_FORMAT,
    version: CASE_FILE_VERSION,
    title: sampleCase.title,
    description: sampleCase.description,
    sources: sampleCase.sources.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      text: texts[`../../samples/ablyazov-2013/${s.file}`],
      origin: `sample: ${s.file}`,
    })),
    edits: {},
  };
}
