// The "Open recent" list, kept in the app's data folder. It doubles as the allow-list for
// `case:open-recent`: the renderer can reopen a path only if the user opened it before.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { RecentCase } from '../shared/ipc-contract';
import { writeFileAtomic } from './atomic-write';

const MAX_RECENT = 8;
const recentSchema = z.array(z.object({ path: z.string(), title: z.string() }));

export class RecentCases {
  private entries: RecentCase[] = [];
  private readonly file: string;

  constructor(folder: string) {
    this.file = join(folder, 'recent-cases.json');
  }

  async load(): Promise<RecentCase[]> {
    try {
      const parsed = recentSchema.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      this.entries = parsed.success ? parsed.data.slice(0, MAX_RECENT) : [];
    } catch {
      this.entries = [];
    }
    return this.list();
  }

  list(): RecentCase[] {
    return this.entries.map((e) => ({ ...e }));
  }

  has(path: string): boolean {
    return this.entries.some((e) => e.path === path);
  }

  async add(path: string, title: string): Promise<void> {
    this.entries = [{ path, title }, ...this.entries.filter((e) => e.path !== path)].slice(0, MAX_RECENT);
    await writeFileAtomic(this.file, JSON.stringify(this.entries, null, 2)).catch(() => undefined);
  }
}
