import { describe, it, expect } from 'vitest';
import { parseAst } from 'rolldown/parseAst';
import { asciiJson, commented, plainStrings, quoted } from '../../scripts/plain-strings.mjs';
import table from '../../engine/data/wordnet.json';

/** Runs the plugin's generateBundle on one chunk of code, as the worker build does. */
function rewrite(code: string): string {
  const chunk = { type: 'chunk', code };
  const hook = plainStrings().generateBundle as unknown as (this: unknown, options: unknown, bundle: unknown) => void;
  hook.call({ parse: (text: string) => parseAst(text) }, {}, { 'worker.js': chunk });
  return chunk.code;
}

const big = (body: string) => body.repeat(Math.ceil(1100 / body.length));

describe('plain-strings build plugin', () => {
  it('writes any text as an ASCII string literal of the same value', () => {
    for (const text of ["it's", 'say "no"', `both ' and "`, 'back\\slash', 'line\nbreak\r\n', 'I’m «x» 😀 \u2028', '${not} `a` template', '']) {
      const literal = quoted(text);
      expect(literal).toMatch(/^[\x20-\x7e]*$/);
      expect(new Function(`return ${literal}`)()).toBe(text);
    }
  });

  it('rewrites the WordNet sections to the same strings', () => {
    for (const text of [table.synsets.n, table.commonness, table.pertainyms]) expect(JSON.parse(JSON.stringify(new Function(`return ${quoted(text)}`)()))).toBe(text);
  });

  it('turns large expression-free template literals into quoted strings, and leaves the rest', () => {
    const data = big('a’b"c\'d\\e\n');
    const code = `var a=\`${data.replace(/\\/g, '\\\\')}\`,b=\`short\`,c=\`${big('x')}\${a}\`,d=String.raw\`${big('y\\\\')}\`;`;
    const out = rewrite(code);
    expect(out).not.toContain(`var a=\``);
    expect(out).toContain('b=`short`');
    expect(out).toContain('c=`xxx');
    expect(out).toContain('d=String.raw`y\\\\y');
    const run = (source: string) => new Function(`${source} return [a, b, c, d];`)();
    expect(run(out)).toEqual(run(code));
  });

  it('reads printable ASCII text back from a comment, and refuses what a comment cannot hold', () => {
    for (const text of ['', 'plain', "quotes ' and \" and `", 'back\\slash \\n', 'line\nbreak\ttab', '/* almost *', table.commonness]) {
      const expression = commented(text);
      expect(expression).not.toBeNull();
      expect(new Function(`return ${expression}`)()).toBe(text);
    }
    for (const text of ['ends */ here', 'I’m', 'carriage\r\nreturn', 'nul\u0000']) expect(commented(text)).toBeNull();
  });

  it('makes JSON text ASCII and comment-safe without changing its parse', () => {
    const value = { quote: 'I’m «x» 😀', close: 'a */ b', list: ['\u2028', '/'] };
    const json = asciiJson(JSON.stringify(value));
    expect(json).toMatch(/^[\x20-\x7e]*$/);
    expect(json).not.toContain('*/');
    expect(JSON.parse(json)).toEqual(value);
  });

  it('moves the largest strings into comments, JSON.parse arguments included, with the same values', () => {
    const words = big('alpha beta\n').repeat(16);
    const json = JSON.stringify({ words: words.split(' '), quote: 'I’m', close: '*/' });
    const code = `var a=${quoted(words)},b=JSON.parse(${quoted(json)}),c={${quoted(words)}:1},d=${quoted(`${words}’`)};`;
    const out = rewrite(code);
    expect(out).toContain(`var a=(''+function(){/*alpha beta\n`);
    expect(out).toContain(`b=JSON.parse((''+function(){/*`);
    expect(out).toContain(`c={'alpha beta`);
    expect(out).toContain(`d='alpha beta`);
    const run = (source: string) => new Function(`${source} return [a, b, c, d];`)();
    expect(run(out)).toEqual(run(code));
  });
});
