import { describe, expect, it } from 'vitest';
import { toZenginHolderName } from './kana';

describe('Zengin holder names', () => {
  it.each([
    ['ヤマダ タロウ', 'ﾔﾏﾀﾞ ﾀﾛｳ'],
    ['やまだ　たろう', 'ﾔﾏﾀﾞ ﾀﾛｳ'],
    ['ｻﾄｳ ﾊﾅｺ', 'ｻﾄｳ ﾊﾅｺ'],
    ['ガッコウ', 'ｶﾞﾂｺｳ'],
    ['キョウコ', 'ｷﾖｳｺ'],
    ['パン ベーカリー', 'ﾊﾟﾝ ﾍﾞ-ｶﾘ-'],
    ['ヴィオラ', 'ｳﾞｲｵﾗ'],
    ['ｶ)ﾀﾅｶｼﾖｳｼﾞ', 'ｶ)ﾀﾅｶｼﾖｳｼﾞ'],
    ['カ）タナカショウジ', 'ｶ)ﾀﾅｶｼﾖｳｼﾞ'],
    ['ｙａｍａｄａ taro', 'YAMADA TARO'],
    ['ＡＢＣ１２３', 'ABC123'],
    ['ヲカ', 'ｦｶ'],
  ])('%j → %j', (input, expected) => {
    expect(toZenginHolderName(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['山田 太郎', ['山', '田', '太', '郎']],
    ['ヤマダ🙂', ['🙂']],
    ['ﾔﾏﾀﾞ@', ['@']],
  ])('refuses %j naming %j', (input, invalid) => {
    expect(toZenginHolderName(input)).toEqual({ ok: false, invalid });
  });

  it('refuses empty and over-long names', () => {
    expect(toZenginHolderName('   ')).toEqual({ ok: false, invalid: [] });
    expect(toZenginHolderName('ア'.repeat(31))).toEqual({ ok: false, invalid: [] });
  });
});
