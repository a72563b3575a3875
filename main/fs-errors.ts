import { describeFileError } from '../shared/fs-errors';

/** For files the app opened or saves: a missing one has usually been moved since. */
export function describeFsError(error: unknown): string {
  return describeFileError(error, 'the file or its folder no longer exists');
}
