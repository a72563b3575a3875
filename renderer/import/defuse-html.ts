// A page's HTML, re-written before any DOM sees it: no event handlers, no inline styles, no
// scripts, styles, frames, embeds, <base> or <meta http-equiv>. The DOM parses after this are
// inert anyway and DOMPurify sanitises again; this pass exists so that merely parsing a hostile
// page never asks the browser's Content Security Policy to block anything (each block is a
// console error) and never hands the DOM a construct it has to be trusted to ignore.
// htmlparser2 is a tokenizer written in JavaScript: it never touches the document.
import { Parser } from 'htmlparser2';

/** Elements dropped with everything inside them. */
const DROPPED_WITH_CONTENT = new Set(['script', 'style', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'svg', 'math', 'canvas', 'audio', 'video', 'select', 'textarea']);
/** Elements dropped, their content kept. */
const DROPPED_TAG_ONLY = new Set(['base', 'link', 'form', 'input', 'button', 'img', 'source', 'track', 'picture', 'param', 'font']);
/** The only attributes that survive: what Readability and the metadata lookup read. */
const KEPT_ATTRIBUTES = new Set(['id', 'class', 'lang', 'dir', 'title', 'name', 'property', 'content', 'charset', 'itemprop', 'role', 'datetime', 'colspan', 'rowspan']);
const VOID = new Set(['area', 'br', 'col', 'hr', 'meta', 'wbr']);

export function defuseHtml(html: string): string {
  const out: string[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (skipping || DROPPED_WITH_CONTENT.has(name)) {
          skipping++;
          return;
        }
        if (DROPPED_TAG_ONLY.has(name)) return;
        if (name === 'meta' && ('http-equiv' in attributes || !('content' in attributes))) return;
        const kept = Object.entries(attributes).filter(([attribute]) => KEPT_ATTRIBUTES.has(attribute));
        out.push(`<${name}${kept.map(([attribute, value]) => ` ${attribute}="${escape(value)}"`).join('')}>`);
      },
      ontext(text) {
        if (!skipping) out.push(escape(text));
      },
      onclosetag(name) {
        if (skipping) {
          skipping--;
          return;
        }
        if (!DROPPED_TAG_ONLY.has(name) && !VOID.has(name)) out.push(`</${name}>`);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.write(html);
  parser.end();
  return out.join('');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
