import { describe, expect, it } from 'vitest';
import { checkHolderName } from './bank-account';
import { toZenginHolderName, zenginTextProblems } from './kana';

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
    expect(toZenginHolderName(input)).toEqual({ ok: false, reason: 'invalid', invalid });
  });

  it.each([
    ['ア゛イ', ['ア゛']],
    ['ﾞｱｲ', ['ﾞ']],
    ['゛アイ', ['゛']],
    ['ｱﾟﾊﾟ', ['ｱﾟ']],
    ['カ゜', ['カ゜']],
    ['ｶﾞﾞ', ['ﾞﾞ']],
  ])('refuses a voiced mark on a kana that cannot carry it: %j naming %j', (input, marks) => {
    expect(toZenginHolderName(input)).toEqual({ ok: false, reason: 'marks', marks });
  });

  it('takes a voiced mark typed apart where the kana carries it', () => {
    expect(toZenginHolderName('カ゛ハ゜ウ゛')).toEqual({ ok: true, value: 'ｶﾞﾊﾟｳﾞ' });
  });

  it('refuses empty names, and says the limit of an over-long one', () => {
    expect(toZenginHolderName('   ')).toEqual({ ok: false, reason: 'empty' });
    expect(toZenginHolderName('ア'.repeat(30))).toMatchObject({ ok: true });
    expect(toZenginHolderName('ア'.repeat(31))).toEqual({ ok: false, reason: 'too-long', length: 31 });
    // ガ is two characters in the file.
    expect(toZenginHolderName('ガ'.repeat(16))).toEqual({ ok: false, reason: 'too-long', length: 32 });
    expect(checkHolderName('ア'.repeat(31))).toEqual({
      ok: false,
      code: 'holder-name-too-long',
      params: { max: 30, length: 31 },
    });
    expect(checkHolderName('ア゛イ')).toEqual({ ok: false, code: 'holder-name-mark-invalid', params: { chars: 'ア゛' } });
    expect(checkHolderName('')).toEqual({ ok: false, code: 'required' });
  });
});

describe('Zengin text as written (the requester name)', () => {
  it('names what the file cannot hold, without converting', () => {
    expect(zenginTextProblems('ﾖﾛｽﾞ(ｶ')).toEqual({ invalid: [], marks: [] });
    expect(zenginTextProblems('ｶ)ﾖﾛｽﾞ ABC-123')).toEqual({ invalid: [], marks: [] });
    expect(zenginTextProblems('Yorozu Inc.').invalid).toEqual(['o', 'r', 'z', 'u', 'n', 'c']);
    expect(zenginTextProblems('ｮﾛｽﾞｰ~!').invalid).toEqual(['ｮ', 'ｰ', '~', '!']);
    expect(zenginTextProblems('よろず株式会社').invalid).toHaveLength(7);
    expect(zenginTextProblems('ｱﾞｲ')).toEqual({ invalid: [], marks: ['ｱﾞ'] });
    expect(zenginTextProblems('ﾞｱ')).toEqual({ invalid: [], marks: ['ﾞ'] });
  });
});
