// File-system errors as the few words a user needs, never a stack trace. Pure: it reads only the
// error's `code`, so the CLI and the main process share it.

/** `missing` is what ENOENT means where the caller stands ("no such file" when reading one). */
export function describeFileError(error: unknown, missing: string): string {
  switch ((error as { code?: string } | null)?.code) {
    case 'ENOENT':
      return missing;
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
