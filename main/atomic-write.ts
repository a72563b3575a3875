// Writing files so that a crash or a full disk never leaves a half-written case behind:
// the bytes go to a temporary file beside the target, are flushed, then renamed over it
// (rename is atomic within one folder on every platform Electron runs on).
import { open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** A temporary file older than this was left by a process that died mid-save, not by a save in progress. */
export const STALE_TEMP_MS = 10 * 60 * 1000;

/** `.case.parallax.json.1a2b3c4d5e6f.tmp`: hidden, and never named like a case, so nothing mistakes it for one. */
function tempName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

function isTempOf(path: string, name: string): boolean {
  const prefix = `.${basename(path)}.`;
  return name.startsWith(prefix) && /^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length));
}

export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const temp = tempName(path);
  let handle;
  try {
    handle = await open(temp, 'wx', 0o644);
    await handle.writeFile(content, typeof content === 'string' ? 'utf8' : undefined);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await removeStaleTemps(path).catch(() => undefined);
}

/** Removes the temporary files of earlier saves of `path` that were killed before they could clean up. */
async function removeStaleTemps(path: string, now = Date.now()): Promise<void> {
  const folder = dirname(path);
  for (const name of await readdir(folder)) {
    if (!isTempOf(path, name)) continue;
    const file = join(folder, name);
    const info = await stat(file).catch(() => null);
    if (info && now - info.mtimeMs > STALE_TEMP_MS) await unlink(file).catch(() => undefined);
  }
}
