// Analyses for the report tests: the sample, and a hostile case whose texts try HTML, CSV
// formulas and Markdown on every export.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../engine/analyze';
import type { Analysis, CaseInput } from '../../engine/types';

export function loadCase(dir: string): CaseInput {
  const kase = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { title: string; sources: { id: string; name: string; kind?: string; file: string }[] };
  return {
    title: kase.title,
    sources: kase.sources.map((s) => ({ id: s.id, name: s.name, ...(s.kind ? { kind: s.kind } : {}), text: readFileSync(join(dir, s.file), 'utf8') })),
  };
}

let sample: Analysis | null = null;
export function sampleAnalysis(): Analysis {
  return (sample ??= analyze(loadCase('samples/ablyazov-2013')));
}

export const HOSTILE: CaseInput = {
  title: 'Hostile <script>alert(1)</script> & "quotes"',
  sources: [
    {
      id: 'a',
      name: '=HYPERLINK("http://evil.example","click") <b>A</b>',
      kind: '<i>kind</i>',
      text: '# Head <img src=x onerror=alert(1)>\n\nThe council approved the budget of 3 million on Monday. <script>fetch("http://evil.example")</script> The mayor said, "it was fair".\n\n@SUM(1+1) the vote was close; -2+3 said others.',
    },
    {
      id: 'b',
      name: '+B, "the rival"',
      text: 'The council did not approve the budget on Monday. The mayor said the vote was unfair.\n\n<a href="http://evil.example">link</a> =cmd|"/c calc"!A1',
    },
  ],
};
