// Build-only plugin for the analysis worker, whose bundle is mostly data: the WordNet table
// and wink's language model, ~6.5 MB of string literals that V8 scans before the engine can
// start. The minifier prints every string as a template literal, which V8's scanner reads at
// about half the speed of a quoted string (it keeps the raw text of each template too), and a
// single non-ASCII character anywhere makes V8 hold and scan the whole script as UTF-16. So the
// worker is emitted ASCII-only (output.minify.codegen.asciiOnly, see workerOutput below) and its
// large expression-free, untagged template literals are rewritten as quoted strings: the same
// values, and the worker compiles in ~65 instead of ~115 ms of CPU (Chromium 156).
// The largest strings go further, into comments (see commented()): V8 skips a comment about
// three times faster than it scans a string literal, which takes another ~25 ms off the compile.

/** Template literals shorter than this stay as they are: only the data ones matter. */
const MIN_LENGTH = 1024;

/** Strings at least this long are read from a comment when they can be (see commented()). */
const COMMENT_MIN_LENGTH = 16 * 1024;

const ESCAPES = { '\\': '\\\\', '\n': '\\n', '\r': '\\r' };

/** `text` as an ASCII JS string literal, in the quote it contains least of. */
export function quoted(text) {
  const quote = text.split("'").length <= text.split('"').length ? "'" : '"';
  const escaped = text.replace(/[\\\n\r]|[^\x20-\x7e]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return quote + escaped.split(quote).join(`\\${quote}`) + quote;
}

/** A function's source text before and after the comment that holds a string (see commented()). */
const OPEN = 'function(){/*';
const CLOSE = '*/}';

/**
 * An expression of the same value as `text` that V8 reads as a comment, or null when `text` is
 * not printable ASCII (a comment cannot escape anything) or holds the comment's end. It relies
 * on Function.prototype.toString giving back a function's source text exactly as written
 * (ECMA-262 since ES2019); V8 returns it as a slice of the script's source, not a copy.
 */
export function commented(text) {
  if (/[^\x20-\x7e\n\t]/.test(text) || text.includes('*/')) return null;
  return `(''+${OPEN}${text}${CLOSE}).slice(${OPEN.length},-${CLOSE.length})`;
}

/**
 * JSON text with the same parse as `json` and neither non-ASCII characters nor '*' + '/': in
 * valid JSON both only occur inside strings, where \uXXXX and \/ stand for them.
 */
export function asciiJson(json) {
  return json.replace(/[^\x20-\x7e\n\t]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replaceAll('*/', '*\\/');
}

const isJsonParse = (node) =>
  node?.type === 'CallExpression' && node.arguments.length === 1 && node.callee.type === 'MemberExpression' && !node.callee.computed && node.callee.object.name === 'JSON' && node.callee.property.name === 'parse';

function walk(node, visit, parent) {
  if (!node || typeof node.type !== 'string') return;
  visit(node, parent);
  for (const key in node) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit, node);
    else if (value && typeof value === 'object') walk(value, visit, node);
  }
}

/** @returns {import('vite').Plugin} */
export function plainStrings() {
  return {
    name: 'parallax-plain-strings',
    apply: 'build',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        // By position: the parser's AST objects need not be the same object on each visit.
        const tagged = new Set();
        const literals = [];
        walk(this.parse(chunk.code), (node, parent) => {
          if (node.type === 'TaggedTemplateExpression') tagged.add(node.quasi.start);
          else if (node.end - node.start < MIN_LENGTH) return;
          else if (node.type === 'TemplateLiteral' && node.expressions.length === 0 && node.quasis[0].value.cooked != null) literals.push({ node, text: node.quasis[0].value.cooked, parent });
          else if (node.type === 'Literal' && typeof node.value === 'string' && !(parent?.type === 'Property' && parent.key.start === node.start)) literals.push({ node, text: node.value, parent });
        });
        const replacements = [];
        for (const { node, text, parent } of literals) {
          if (tagged.has(node.start)) continue;
          const json = isJsonParse(parent);
          const comment = text.length >= COMMENT_MIN_LENGTH ? commented(json ? asciiJson(text) : text) : null;
          if (comment) replacements.push({ node, code: comment });
          else if (node.type === 'TemplateLiteral') replacements.push({ node, code: quoted(text) });
        }
        let code = chunk.code;
        for (const { node, code: literal } of replacements.sort((a, b) => b.node.start - a.node.start)) code = code.slice(0, node.start) + literal + code.slice(node.end);
        chunk.code = code;
      }
    },
  };
}

/** Output options for the worker bundle: minified as usual, but ASCII-only (see above). */
export const workerOutput = { minify: { compress: true, mangle: true, codegen: { asciiOnly: true } } };
