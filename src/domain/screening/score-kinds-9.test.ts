// The kinds of wording the scoring layer learned after batch 9 (written in realistic proportions
// by someone who had never seen the rules): one example each, reworded from the batch so the test
// checks the kind and not the sentence, and ordinary uses of the same words that must still pass.
import { describe, expect, it } from 'vitest';
import { screen } from './screen';

const caught = (text: string) => screen(text, { ownHost: 'yorozu.example' }).map((f) => f.ruleId);

describe('kinds the scores learned after batch 9', () => {
  it.each([
    ['a handle labelled with its channel', 'ＬＩＮＥ／ｋａｎａ＿１２０３'],
    ['a kana handle around an underscore', 'らいん：はるか＿ぴあの'],
    ['a handle spelled letter by letter', 'インスタは「m」「i」「n」「a」「_」「3」です'],
    ['a handle spelled symbol by symbol', 'ツイッターはアットまーく、みどり、あんだーばー、ふぉと'],
    ['a name in romaji plus digits', 'LINEは名前のローマ字＋0925です、名前は「ゆう」'],
    ['digits read out between commas', 'ラインのIDは、みき、さん、なな、いち（数字は半角）'],
    ['a bank account in kana digits', '口座は梅田支店、ふつう、ななろくごーよんさんにーいち、です'],
    ['cannot write it here, look at the image', 'ここでは書けないあれ、プロフィール画像に小さく入れてます'],
    ['the usual place, hidden from staff', '運営に消されるので、いつもの場所で話しましょう'],
    ['a contact written somewhere named', '概要欄に書いてある方法でご連絡いただければ対応します'],
    ['a contact shown in a video', '紹介動画の最後に連絡先が映るので、止めて見てください'],
    ['another marketplace to buy from', 'ストアカでも教えているので、そっちから予約してもOKです'],
    ["ordering on one's own site", '弊社のサイトから正式にご注文いただけますか'],
    ['a contract made directly', '業務委託の契約は私と直接結んでいただければ助かります'],
    ['only outside the site', 'サイト外でしか受けていないので、連絡先をお送りします'],
    ['an account offered for DMs', 'TikTokでも発信してます、気になったらDMください @mika_cook'],
  ])('%s is held', (_kind, text) => {
    expect(caught(text).length).toBeGreaterThan(0);
  });

  it.each([
    'アプリの友だち追加ボタンの色を変えてください',
    '動画を一時停止したときのサムネイルを作ってください',
    'ここでは書けないほど長くなったので、ファイルで送ります',
    'ロゴの写真から電話番号を消して再納品します',
    'いち、に、さん、の掛け声で撮影を始めます',
    '前回と同じ方法で納品します',
    '文字列はLINEのトーク画面と同じ長さにしてください',
    'そちらで購入した素材のライセンスを確認させてください',
    '請求書の振込先は普通預金でお願いします',
    'バナーは X:120 Y:80 の位置に配置して送ってください',
    'エラーは line:42 で出ています、ログを送ってください',
    'ここでは書けないので、仕様書にまとめて送ります',
    'ファイル名はロゴ_v2 で、LINEスタンプ用に書き出しました',
  ])('ordinary uses of the same words pass: %s', (text) => {
    expect(caught(text)).toEqual([]);
  });
});
