// A small case written for the classroom and corrections tests: three sources whose texts never
// name their source, each with a headline, so blind mode can be checked word for word.
import type { Page } from 'playwright-core';
import { analyze } from '../../engine/analyze';
import type { Analysis } from '../../engine/types';
import { emptyCase, serializeCase, type CaseDocument } from '../../shared/case-file';
import { waitForMarks } from './browser';

export const BRIDGE: CaseDocument = {
  ...emptyCase('The old bridge'),
  sources: [
    {
      id: 'harbour-gazette',
      name: 'Harbour Gazette',
      kind: 'weekly newspaper',
      text: '# Old bridge closed after partial collapse\n\nThe council closed the old bridge on Monday after part of it collapsed. Nobody was injured in the collapse. Repairs will cost two million euros.\n',
    },
    {
      id: 'dockworkers',
      name: 'Dockworkers Union',
      kind: 'trade union',
      text: '# Workers hurt as the crossing gives way\n\nThe old bridge was closed by the council on Monday. Three workers were injured in the collapse. The council ignored warnings for years.\n',
    },
    {
      id: 'city-hall',
      name: 'Office of the Mayor',
      kind: 'city government',
      text: '# Statement on the river crossing\n\nThe council closed the old bridge on Monday. Repairs will cost two million euros. The council acted quickly and responsibly.\n',
    },
  ],
};

export function analyzeCase(document: CaseDocument): Analysis {
  return analyze({ title: document.title, sources: document.sources.map(({ id, name, kind, text }) => ({ id, name, ...(kind ? { kind } : {}), text })) });
}

/** Opens a case file through the Open… button, as a user does, and waits for its marks. */
export async function openCase(page: Page, kase: CaseDocument | string, name = 'bridge.parallax.json'): Promise<void> {
  const text = typeof kase === 'string' ? kase : serializeCase(kase);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const parsed = JSON.parse(text) as CaseDocument;
  await page.waitForFunction((title) => (document.querySelector('.case-title input') as HTMLInputElement | null)?.value === title, parsed.title);
  await waitForMarks(page, analyzeCase(parsed).claims.length);
}
