// Autosave of unsaved work, so a crash or a forced quit loses at most a few seconds.
// One file in the app's data folder; cleared when the user saves or closes cleanly, so
// finding it at start-up means the last session ended without that: recovery is offered.
import { readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { storedCaseSchema, type CaseDocument } from '../shared/case-file';
import type { Recovery } from '../shared/ipc-contract';
import { writeFileAtomic } from './atomic-write';

const autosaveSchema = z.object({ savedAt: z.string(), path: z.string().nullable(), document: storedCaseSchema });

export class AutosaveStore {
  readonly file: string;

  constructor(folder: string, private readonly now: () => Date = () => new Date()) {
    this.file = join(folder, 'autosave.parallax.json');
  }

  async write(document: CaseDocument, path: string | null): Promise<void> {
    const entry: Recovery = { savedAt: this.now().toISOString(), path, document };
    await writeFileAtomic(this.file, JSON.stringify(entry));
  }

  async clear(): Promise<void> {
    await unlink(this.file).catch((error: { code?: string }) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  /** The unsaved work of a session that did not end cleanly, or null. A damaged autosave is ignored, not deleted. */
  async recover(): Promise<Recovery | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch {
      return null;
    }
    try {
      const parsed = autosaveSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
}
