/** A problem the user can fix: printed as one line on stderr, exit code 2, never a stack trace. */
export class UserError extends Error {
  override name = 'UserError';
}

/** A mistake on the command line itself: like UserError, with a pointer to `--help`. */
export class UsageError extends UserError {
  override name = 'UsageError';
}
