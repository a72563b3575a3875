// Where a command's result goes: standard output, or a file replaced atomically (a temp file in
// the same folder, then a rename), so a reader never sees half a report.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from './errors';
import { describeFileError } from '../shared/fs-errors';

export function writeAtomically(path: string, content: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(temp, content, { encoding: 'utf8', flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new UserError(`cannot write ${path}: ${describeFileError(error, 'its folder does not exist')}.`);
  }
}

export function emit(content: string, out: string | null): void {
  if (out === null) process.stdout.write(content);
  else writeAtomically(out, content);
}
