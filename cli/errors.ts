/** A problem the user can fix: printed as one line on stderr, exit code 2, never a stack trace. */
export class UserError extends Error {
  override name = 'UserError';
}
