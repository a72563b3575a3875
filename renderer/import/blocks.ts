// Turns an HTML document (a web page, or a .docx converted by mammoth) into the plain text
// the engine reads: one paragraph per block, "# " before headings, blank lines between.
const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,dt,dd,td,th';

export function blocksToText(root: ParentNode): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll(BLOCKS)) {
    // Innermost blocks only: a <li> holding <p>s is read through its paragraphs.
    if (el.querySelector(BLOCKS)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const level = /^H([1-6])$/.exec(el.tagName);
    out.push(level ? `${'#'.repeat(Number(level[1]))} ${text}` : text);
  }
  if (!out.length) {
    const text = (root as Element).textContent ?? '';
    out.push(...text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean));
  }
  return out;
}

/** Puts a headline first ("# Title") unless the text already starts with it. */
export function withHeadline(title: string | null | undefined, paragraphs: string[]): string {
  const clean = title?.replace(/\s+/g, ' ').trim();
  const firstIsHeading = paragraphs[0]?.startsWith('#');
  const body = paragraphs.join('\n\n');
  if (!clean || firstIsHeading) return body;
  if (paragraphs[0] === clean) return ['# ' + clean, ...paragraphs.slice(1)].join('\n\n');
  return `# ${clean}\n\n${body}`;
}
