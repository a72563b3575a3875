/** A claim shortened to one line for a menu or a select. */
export function excerpt(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 2).trimEnd()}…` : flat;
}
