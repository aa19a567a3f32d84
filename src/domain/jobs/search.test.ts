import { describe, expect, it } from 'vitest';
import { documentTokens, likePattern, normaliseForSearch, parseKeywords } from './search';

describe('search tokenisation', () => {
  it('indexes every character and adjacent pair within a run', () => {
    expect(documentTokens('翻訳者').sort()).toEqual(['者', '翻', '翻訳', '訳', '訳者'].sort());
    expect(documentTokens('Web制作')).toEqual(expect.arrayContaining(['w', 'we', 'eb', 'b制', '制作']));
  });

  it('does not pair across spaces or punctuation', () => {
    const tokens = documentTokens('英語、翻訳');
    expect(tokens).not.toContain('語翻');
    expect(tokens).not.toContain('語、');
  });

  it('normalises width and case (NFKC + lower case)', () => {
    expect(normaliseForSearch('ＷＥＢ　ﾗｲﾃｨﾝｸﾞ')).toBe('web ライティング');
    expect(documentTokens('ＷＥＢ')).toEqual(expect.arrayContaining(['w', 'we', 'eb']));
  });

  it.each([
    ['訳', ['訳'], ['訳']],
    ['翻訳', ['翻訳'], ['翻訳']],
    ['web', ['web'], ['we', 'eb']],
    ['ＷＥＢ デザイン', ['web', 'デザイン'], ['we', 'eb', 'デザ', 'ザイ', 'イン']],
    ['  ', [], []],
    ['c++', ['c++'], ['c']],
  ])('query %j → terms %j, tokens %j', (input, terms, tokens) => {
    const q = parseKeywords(input);
    expect(q.terms).toEqual(terms);
    expect(q.tokens.sort()).toEqual([...tokens].sort());
  });

  it('caps the number of terms and drops duplicates', () => {
    expect(parseKeywords('a b c d e f g h i j a').terms).toHaveLength(8);
    expect(parseKeywords('翻訳 翻訳').terms).toEqual(['翻訳']);
  });

  it('escapes LIKE wildcards', () => {
    expect(likePattern('100%_off')).toBe('%100\\%\\_off%');
  });
});
