// File-system errors as the few words a user needs, never a stack trace.
export function describeFsError(error: unknown): string {
  switch ((error as { code?: string } | null)?.code) {
    case 'ENOENT':
      return 'the file or its folder no longer exists';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
