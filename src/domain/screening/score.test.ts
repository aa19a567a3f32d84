import { describe, expect, it } from 'vitest';
import { normaliseForScreening } from './normalise';
import { RULE_BY_ID } from './rules';
import { SCORE_RULES, scoreText } from './score';
import { NEGATIVE_SIGNALS, SIGNALS, THRESHOLD } from './score-signals';
import { screen } from './screen';

const score = (text: string) => scoreText(normaliseForScreening(text).text);
const ids = (text: string) => score(text).hits.map((h) => h.id);
const caught = (text: string, contactAllowed = false) =>
  screen(text, { ownHost: 'yorozu.example', contactAllowed }).map((f) => [f.ruleId, f.excerpt]);

/** One text per signal in which it is found. */
const PER_SIGNAL: [string, string][] = [
  ['channel', '急ぎの場合はLINEで'],
  ['channel-hint', '緑のアプリで探してください'],
  ['channel-choice', 'Xかインスタやってますか'],
  ['ask-contact', 'メールアドレスを教えてください'],
  ['contact-verb', 'ご相談ください'],
  ['move', '個人的にお願いしたいです'],
  ['id-token', 'mochi_88 です'],
  ['spelling', 'アンダーバーでつなげてください'],
  ['same-name', 'ユーザー名と同じです'],
  ['kana-digits', 'まるはちまるから始まります'],
  ['contact-shape', 'O8O 1234 5678'],
  ['mail-shape', 'm i k i @ s o r a - n e t . c o m'],
  ['digits', '0120 555 8888'],
  ['digit-prefix', '090 で始まる番号です'],
  ['long-digits', 'ID 731 882 0457'],
  ['domain', 'miki-design . jp'],
  ['pointer', 'プロフィールをご覧ください'],
  ['placement', '画像に書いてあります'],
  ['payment', '銀行振込でお願いします'],
  ['cheaper', '手数料がもったいないので'],
  ['bypass', 'キャンセル扱いにしてください'],
  ['marketplace', 'ココナラにも出品しています'],
  ['request', 'どちらがいいですか'],
  ['parts', 'IDは「kiwi」+「tree」です'],
  ['account-invite', 'お気軽にDMください'],
  ['written-contact', '説明欄に書いてある方法でご連絡ください'],
  ['labelled-handle', 'インスタ／hana_0314'],
  ['spelled-handle', 'アットまーく、みどり、です'],
  ['read-digits', 'さん、なな、いち、です'],
  ['account-number', '普通 1234567'],
];

describe('scoring signals', () => {
  it.each(PER_SIGNAL)('%s is found in its example', (id, text) => {
    expect(ids(text)).toContain(id);
  });

  it('every signal has an example, and weights stay between 1 and the threshold', () => {
    expect(new Set(PER_SIGNAL.map(([id]) => id))).toEqual(new Set(SIGNALS.map((s) => s.id)));
    for (const s of SIGNALS) {
      expect(s.weight).toBeGreaterThanOrEqual(1);
      expect(s.weight).toBeLessThanOrEqual(THRESHOLD);
    }
    for (const s of NEGATIVE_SIGNALS) expect(s.weight).toBeLessThan(0);
  });

  it.each([
    ['on-platform', 'メッセージ機能で直接やりとりしましょう'],
    ['refusal', '直接LINEで、というのは禁止ですよね'],
    ['work-topic', '電話番号欄に090から始まる例を入れるデザインをお願いします'],
    ['removal', 'サムネイル画像から電話番号を消して再提出します'],
  ])('negative signal %s is found in its example', (id, text) => {
    expect(ids(text)).toContain(id);
  });
});

describe('threshold', () => {
  it.each(['ライン', '急ぎの場合は電話で', '銀行振込', '直接', '090 で始まる番号です', 'プロフィールに書いてあります'])(
    'one kind of signal alone does not hold: %s',
    (text) => {
      const s = score(text);
      expect(s.ruleId).toBeNull();
      expect(caught(text)).toEqual([]);
    },
  );

  it('two kinds that reach the threshold hold the message', () => {
    const s = score('個人的にLINEで相談しましょう');
    expect(s.score).toBeGreaterThanOrEqual(THRESHOLD);
    expect(s.ruleId).toBe('score.invitation');
  });

  it('a shape that is nearly certain holds alone', () => {
    expect(score('O8O 1234 5678').ruleId).toBe('score.number');
  });

  it('a pointer counts fully only when a contact is named with it', () => {
    expect(score('ココナラでも活動しています。プロフィールに実績を書いています').ruleId).toBeNull();
    expect(score('連絡先は、私のプロフィールのヘッダー画像に書いてあります').ruleId).toBe('score.pointer');
  });

  it.each([
    '変数名は user_id にしてください',
    'ハッシュタグは #cafe_tokyo と #latteart で',
    '添付ファイル：menu_v2.pdf と LINE用の画像です',
    'ISBN978-4-7741-9876-5 の書評をお願いします',
    '注文番号 2026-000123 の件でご連絡しました',
  ])('identifiers of the work are not handles: %s', (text) => {
    expect(caught(text)).toEqual([]);
  });

  it.each([
    'ココナラで購入した素材を直接使えますか',
    '直接キャンセルしていただいて大丈夫です',
    'Vue + TypeScript で作ります。Slackに通知します',
    'iPhoneと15インチのMacで確認しました、LINEの表示も',
    'ファイルは final _ v2 です',
    '前回と同じ名前のフォルダに入れておきました',
    '090から始まる携帯番号の入力チェックを追加してください',
    'IDとパスワードはテスト環境用のものです：test_user01 / pass1234',
    '名刺に載せるURLは yorozu.example/u/12345 です',
  ])('ordinary uses of the same words pass: %s', (text) => {
    expect(caught(text)).toEqual([]);
  });

  it.each([
    ['score.invitation', 'この件はキャンセルしていただいて、別ルートで進めましょう'],
    ['score.invitation', 'Skebにもページがあるので、そっちで受けてます'],
    ['score.id', 'インスタの方、suzu _ art で探してください'],
    ['score.number', 'れーはちれー、4455、6677です'],
  ])('%s: a bypass, another marketplace, a spaced handle, a spelled prefix', (ruleId, text) => {
    expect(caught(text).map(([id]) => id)).toEqual([ruleId]);
  });

  it.each([
    'この金融機関コードの銀行は見つかりません。金融機関名で検索して選んでください。',
    '口座番号は7桁の数字で入力してください(7桁に満たない場合は先頭に0を付けてください)。',
    '銀行の総合振込に取り込むファイルです(Shift_JIS のテキスト)。',
  ])('payment words, pointers and verbs alone never hold: %s', (text) => {
    expect(score(text).ruleId).toBeNull();
  });

  it('a group counts once, however many of its words appear', () => {
    // A channel named three ways is still one channel: below the threshold without another kind.
    expect(score('LINEとメールと電話').ruleId).toBeNull();
  });
});

describe('negative signals', () => {
  it.each([
    '直接取引は禁止ですよね',
    'メッセージ機能でやりとりしましょう',
    'メッセージ機能で直接やりとりしましょう',
    '個人的にLINEで相談しましょう、というのは規約違反ですよね',
    '連絡先は、私のプロフィールのヘッダー画像に書いてあります。規約違反でしょうか',
    'お問い合わせは弊社ホームページより承ります、という文言をフッターに入れてください',
    '電話番号欄は「090-0000-0000」のような入力例にしてください',
  ])('talk about the rules or the work passes: %s', (text) => {
    expect(caught(text)).toEqual([]);
  });

  it('lower the score of the same words', () => {
    expect(score('個人的にLINEで相談しましょう、というのは規約違反ですよね').score).toBeLessThan(
      score('個人的にLINEで相談しましょう').score,
    );
  });
});

describe('what the sender is told', () => {
  it.each([
    ['score.id', '緑のアプリで miki.room を探してください', '緑のアプリで miki.room を探し'],
    [
      'score.number',
      'ずーむの番号はナナイチ・サンサン・ハチハチ・イチゴ・ロクです',
      'ずーむの番号はナナイチ・サンサン・ハチハチ・イチゴ・ロク',
    ],
    ['score.address', 'm i k i @ s o r a - n e t . c o m', 'm i k i @ s o r a - n e t . c o m'],
    [
      'score.pointer',
      '連絡先は、私のプロフィールのヘッダー画像に書いてあります',
      '連絡先は、私のプロフィールのヘッダー画像に書いてあり',
    ],
    ['score.payment', 'ちょくとりにしてもらえたら2割お安くします', 'ちょくとりにしてもらえたら2割お安く'],
    ['score.invitation', 'Xかインスタどっちかで連絡もらえますか', 'Xかインスタどっちかで連絡'],
  ])('%s: the part from the first to the last signal, with its rule', (ruleId, text, excerpt) => {
    expect(caught(text)).toEqual([[ruleId, excerpt]]);
  });

  it('every scoring rule explains itself in both languages and cites the article', () => {
    for (const rule of SCORE_RULES) {
      expect(RULE_BY_ID.get(rule.id)).toBe(rule);
      expect(rule.article).toContain('第7条');
      expect(rule.reason.ja).toMatch(/。/);
      expect(rule.reason.en.length).toBeGreaterThan(40);
    }
    expect(RULE_BY_ID.get('score.pointer')?.reason.ja).toContain('別の場所');
  });

  it('never adds to what a rule already caught', () => {
    expect(caught('LINEのIDはtaro_0808です、緑のアプリで探してください').map(([id]) => id)).not.toContain('score.id');
  });

  it('with an approved request, only a payment outside is still held', () => {
    expect(caught('ずーむの番号はナナイチ・サンサン・ハチハチ・イチゴ・ロクです', true)).toEqual([]);
    expect(caught('ちょくとりにしてもらえたら2割お安くします', true).map(([id]) => id)).toEqual(['score.payment']);
  });
});
