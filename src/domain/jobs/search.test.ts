import { describe, expect, it } from 'vitest';
import { documentTokens, likePattern, matchesTerm, normaliseForSearch, parseKeywords, postingSearchText } from './search';

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
    expect(normaliseForSearch('ＷＥＢ　ﾗｲﾃｨﾝｸﾞ')).toBe(normaliseForSearch('web ライティング'));
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
    expect(q.terms.map((t) => t.text)).toEqual(terms);
    expect(q.tokens.sort()).toEqual([...tokens].sort());
  });

  it('caps the number of terms and drops duplicates', () => {
    expect(parseKeywords('a b c d e f g h i j a').terms).toHaveLength(8);
    expect(parseKeywords('翻訳 翻訳').terms).toEqual([{ text: '翻訳' }]);
  });

  it('escapes LIKE wildcards', () => {
    expect(likePattern('100%_off')).toBe('%100\\%\\_off%');
  });

  it.each([
    ['かふぇ', 'カフェ'],
    ['ｶﾌｪ', 'カフェ'],
    ['ゔぁいおりん', 'バイオリン'],
    ['ヴァイオリン', 'バイオリン'],
    ['レヴュー', 'レビュー'],
    ['ｳﾞｨｼﾞｭｱﾙ', 'ビジュアル'],
    ['ウィンドウ', 'ウインドウ'],
    ['ｷｬｯﾁｺﾋﾟｰ', 'キヤツチコピー'],
    ['3ヶ月', '3か月'],
    ['サーバ－', 'サーバー'],
    ['サーバｰ', 'サーバー'],
    ['サーバ—', 'サーバー'],
    ['サーバ-', 'サーバー'],
    ['サーバーー', 'サーバー'],
  ])('folds %s like %s', (a, b) => {
    expect(normaliseForSearch(a)).toBe(normaliseForSearch(b));
  });

  it('keeps dashes that do not follow kana, and other words apart', () => {
    expect(normaliseForSearch('1-3 〜 A-B')).toBe('1-3 〜 a-b');
    expect(normaliseForSearch('カード')).not.toBe(normaliseForSearch('カド'));
    expect(normaliseForSearch('ベッド')).toBe(normaliseForSearch('ベツド'));
  });

  it.each([
    ['コンピューター', 'コンピュータ。', true],
    ['コンピューター', 'コンピューターの', true],
    ['コンピューター', 'コンピュータ', true],
    ['コンピューター', 'コンピュータシステム', false],
    ['コンピュータ', 'コンピューター', true],
    ['データ入力', 'データー入力', true],
    ['データー入力', 'データ入力', true],
    ['サーバー管理', 'サーバ管理', true],
    ['メール', 'メールアドレス', true],
    ['メンバー', 'メンバシップ', false],
    ['セール', 'エクセル', false],
    ['ロゴ(急ぎ)', 'ロゴー(急ぎ)', true],
    ['ロゴ(急ぎ)', 'ロゴ急ぎ', false],
  ])('the term %s matches %s: %s', (query, document, expected) => {
    const [term] = parseKeywords(query).terms;
    expect(term && matchesTerm(normaliseForSearch(document), term)).toBe(expected);
  });

  it('the index tokens of a term never span the end of a katakana word', () => {
    expect(parseKeywords('データ入力').tokens.sort()).toEqual(['デー', 'ータ', '入力'].sort());
    expect(parseKeywords('コピー').tokens).toEqual(['コピ']);
    for (const [query, document] of [
      ['データ入力', 'データー入力'],
      ['サーバー管理', 'サーバ管理'],
      ['コンピューター', 'コンピュータ'],
    ] as const) {
      const tokens = new Set(documentTokens(normaliseForSearch(document)));
      expect(parseKeywords(query).tokens.every((t) => tokens.has(t))).toBe(true);
    }
  });

  it("a posting is found by its category's and parent category's names and its tags", () => {
    const text = postingSearchText({ title: '店舗リスト', description: '作業', category: 'data-research', tags: ['remote'] });
    for (const name of ['リサーチ・調査', 'データ入力', '在宅OK'])
      expect(text.includes(normaliseForSearch(name)), name).toBe(true);
  });
});
