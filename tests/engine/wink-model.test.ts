import { describe, it, expect } from 'vitest';
import winkNLP from 'wink-nlp';
import packaged from 'wink-eng-lite-web-model';
import core from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';
import model from '../../engine/data/wink-model';
import { lazyWordIndex } from '../../engine/data/lexeme-index';

const lexemes = (core as unknown as { features: { lexeme: { list: string[] } } }).features.lexeme.list;

describe('lazyWordIndex', () => {
  it('answers like a plain object filled with every word of wink\'s lexeme list', () => {
    const index = lazyWordIndex(lexemes);
    const plain: Record<string, number> = Object.create(null);
    lexemes.forEach((word, k) => (plain[word] = k));
    for (let k = lexemes.length - 1; k >= 0; k -= 7) expect(index[lexemes[k]]).toBe(k);
    for (const word of ['the', 'The', "n't", '', 'zzqx', '__proto__', 'constructor', 'toString']) expect(index[word]).toBe(plain[word]);
  });

  it('keeps words set later, before or after their bucket is read', () => {
    const index = lazyWordIndex(['alpha', 'beta']);
    index['gamma'] = 2;
    expect(index['gamma']).toBe(2);
    expect(index['alpha']).toBe(0);
    expect(index['alphas']).toBeUndefined();
    index['alphas'] = 3;
    expect(index['alphas']).toBe(3);
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
