// File names made from user text (case titles): safe on Windows, macOS and Linux.
const FORBIDDEN = new Set('\\/:*?"<>|');

export function safeFileName(title: string, fallback = 'Untitled case'): string {
  const cleaned = [...title]
    .map((ch) => (FORBIDDEN.has(ch) || ch.charCodeAt(0) < 32 ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return cleaned || fallback;
}
