/** A file the user picked that cannot become a source; the message is shown as-is. */
export class ImportError extends Error {
  override name = 'ImportError';
}
