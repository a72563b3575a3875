// Opening and saving `.parallax.json` case files from the main process. Opening never
// changes the file, whatever is wrong with it; saving is atomic.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_CASE_FILE_BYTES, parseCaseFile, serializeCase, type CaseDocument } from '../shared/case-file';

export { MAX_CASE_FILE_BYTES };
import type { OpenCaseResult, SaveCaseResult } from '../shared/ipc-contract';
import { writeFileAtomic } from './atomic-write';
import { describeFsError } from './fs-errors';

/** A case file is text; anything far larger than ten full sources is not one. */


export async function openCaseFile(path: string): Promise<OpenCaseResult> {
  const name = basename(path);
  try {
    const info = await stat(path);
    if (info.size > MAX_CASE_FILE_BYTES) return { status: 'failed', message: `${name} is too large to be a Parallax case (${Math.round(info.size / 1024 / 1024)} MB).` };
    const parsed = parseCaseFile(await readFile(path, 'utf8'), name);
    return parsed.ok ? { status: 'opened', path, document: parsed.document } : { status: 'failed', message: parsed.message };
  } catch (error) {
    return { status: 'failed', message: `Could not open ${name}: ${describeFsError(error)}.` };
  }
}

export async function saveCaseFile(path: string, document: CaseDocument): Promise<SaveCaseResult> {
  try {
    await writeFileAtomic(path, serializeCase(document));
    return { status: 'saved', path };
  } catch (error) {
    return { status: 'failed', message: `Could not save ${basename(path)}: ${describeFsError(error)}. The previous version of the file is unchanged.` };
  }
}

/** Save dialogs may hand back "case" or "case.json"; the app always writes "case.parallax.json". */
export function withCaseExtension(path: string): string {
  if (path.endsWith('.parallax.json')) return path;
  return path.replace(/\.json$/i, '') + '.parallax.json';
}
