// Build-only plugin for the analysis worker, whose bundle is mostly data: the WordNet table
// and wink's language model, ~6.5 MB of string literals that V8 scans before the engine can
// start. The minifier prints every string as a template literal, which V8's scanner reads at
// about half the speed of a quoted string (it keeps the raw text of each template too), and a
// single non-ASCII character anywhere makes V8 hold and scan the whole script as UTF-16. So the
// worker is emitted ASCII-only (output.minify.codegen.asciiOnly, see workerOutput below) and its
// large expression-free, untagged template literals are rewritten as quoted strings: the same
// values, and the worker compiles in ~65 instead of ~115 ms of CPU (Chromium 156).

/** Template literals shorter than this stay as they are: only the data ones matter. */
const MIN_LENGTH = 1024;

const ESCAPES = { '\\': '\\\\', '\n': '\\n', '\r': '\\r' };

/** `text` as an ASCII JS string literal, in the quote it contains least of. */
export function quoted(text) {
  const quote = text.split("'").length <= text.split('"').length ? "'" : '"';
  const escaped = text.replace(/[\\\n\r]|[^\x20-\x7e]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return quote + escaped.split(quote).join(`\\${quote}`) + quote;
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key in node) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object') walk(value, visit);
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
        walk(this.parse(chunk.code), (node) => {
          if (node.type === 'TaggedTemplateExpression') tagged.add(node.quasi.start);
          else if (node.type === 'TemplateLiteral' && node.expressions.length === 0) literals.push(node);
        });
        const replaced = literals
          .filter((node) => !tagged.has(node.start) && node.quasis[0].value.cooked != null && node.end - node.start >= MIN_LENGTH)
          .sort((a, b) => b.start - a.start);
        let code = chunk.code;
        for (const node of replaced) code = code.slice(0, node.start) + quoted(node.quasis[0].value.cooked) + code.slice(node.end);
        chunk.code = code;
      }
    },
  };
}

/** Output options for the worker bundle: minified as usual, but ASCII-only (see above). */
export const workerOutput = { minify: { compress: true, mangle: true, codegen: { asciiOnly: true } } };
