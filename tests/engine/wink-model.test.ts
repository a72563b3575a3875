import { describe, it, expect } from 'vitest';
import winkNLP from 'wink-nlp';
import packaged from 'wink-eng-lite-web-model';
import core from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';
import model from '../../engine/data/wink-model';
import { compareLexemes, sortedWordIndex } from '../../engine/data/lexeme-index';

const lexemes = (core as unknown as { features: { lexeme: { list: string[] } } }).features.lexeme.list;

describe('sortedWordIndex', () => {
  it("searches wink's lexeme list in the order it is sorted in", () => {
    // The search relies on it: a model with another order would need the index built again.
    for (let k = 2; k < lexemes.length; k++) if (compareLexemes(lexemes[k - 1], lexemes[k]) >= 0) expect.fail(`lexemes ${k - 1} and ${k} are out of order`);
  });

  it('answers like a plain object filled with every word of wink\'s lexeme list', () => {
    const index = sortedWordIndex(lexemes);
    const plain: Record<string, number> = Object.create(null);
    lexemes.forEach((word, k) => (plain[word] = k));
    for (let k = lexemes.length - 1; k >= 0; k--) if (index[lexemes[k]] !== k) expect.fail(`${lexemes[k]} is not found at ${k}`);
    for (const word of ['the', 'The', 'THE', "n't", '', 'zzqx', 'Zzqx', '\u00e9t\u00e9', '__proto__', 'constructor', 'toString']) expect(index[word]).toBe(plain[word]);
  });

  it('keeps words set later, and does not search words appended to the list', () => {
    const words = ['$oov$', 'Alpha', 'alpha', 'beta'];
    const index = sortedWordIndex(words);
    index['gamma'] = 4;
    words.push('gamma', 'delta');
    expect(index['gamma']).toBe(4);
    expect(index['alpha']).toBe(2);
    expect(index['Alpha']).toBe(1);
    expect(index['$oov$']).toBe(0);
    expect(index['alphas']).toBeUndefined();
    index['alphas'] = 6;
    expect(index['alphas']).toBe(6);
    expect('beta' in index).toBe(true);
    expect('delta' in index).toBe(false);
  });
});

describe('the engine\'s wink model', () => {
  const text = "Officials said the bridge, closed since Monday, won't reopen until the U.S. inspectors sign off. It's \"unsafe\", they claimed.";
  const read = (nlp: ReturnType<typeof winkNLP>) => {
    const doc = nlp.readDoc(text);
    const its = nlp.its;
    return {
      values: doc.tokens().out(its.value),
      pos: doc.tokens().out(its.pos),
      lemmas: doc.tokens().out(its.lemma as unknown as typeof its.value),
      types: doc.tokens().out(its.type),
      sentences: doc.sentences().out(its.span),
    };
  };

  it('tokenises, splits and tags exactly as the packaged model does', () => {
    expect(read(winkNLP(model, ['sbd', 'pos']))).toEqual(read(winkNLP(packaged, ['sbd', 'pos'])));
  });

  it('leaves the imported core model untouched, so it can be loaded again', () => {
    const first = read(winkNLP(model, ['sbd', 'pos']));
    expect(read(winkNLP(model, ['sbd', 'pos']))).toEqual(first);
    expect(typeof (core as unknown as { lexicon: unknown }).lexicon).toBe('string');
  });
});
