// The sample cases that ship with the app: every folder of samples/ that holds a case.json,
// found at build time so a new sample needs no hand-kept list. The menu (main) and the
// renderer's own sample picker both list them from here.

/** The sample the app opens on; the only one whose analysis is computed at build time. */
export const DEFAULT_SAMPLE_ID = 'ablyazov-2013';

export interface SampleEntry {
  id: string;
  title: string;
}

const titles = import.meta.glob<string>('../samples/*/case.json', { eager: true, import: 'title' });

function folderOf(path: string): string {
  const parts = path.split('/');
  return parts[parts.length - 2];
}

/** The default sample first, then the others by title. */
export const SAMPLES: readonly SampleEntry[] = Object.entries(titles)
  .map(([path, title]) => ({ id: folderOf(path), title }))
  .sort((a, b) => Number(b.id === DEFAULT_SAMPLE_ID) - Number(a.id === DEFAULT_SAMPLE_ID) || a.title.localeCompare(b.title));
