import { describe, expect, it } from 'vitest';
import { DEFAULT_REFERENCE_HOSTS } from './hosts';
import { SCREENING_RULES } from './rules';
import { screen } from './screen';

const caught = (text: string, options = {}) => screen(text, options).map((f) => [f.ruleId, f.excerpt]);

/** One example per rule: [rule id, text, the part that must be caught]. */
const PER_RULE: [string, string, string][] = [
  ['email.address', '資料は taro.yamada@gmail.com に送ってください', 'taro.yamada@gmail.com'],
  ['phone.number', '急ぎなら090-1234-5678までお電話ください', '090-1234-5678'],
  ['messenger.line', 'LINEのIDはtaro_0808です', 'LINEのIDはtaro_0808'],
  ['messenger.instagram', 'インスタ: hana_photo', 'インスタ: hana_photo'],
  ['messenger.x', 'ツイッターのIDはyuuta_0707です', 'ツイッターのIDはyuuta_0707'],
  ['messenger.facebook', 'Facebook: taro.yamada.3', 'Facebook: taro.yamada.3'],
  ['messenger.chatwork', 'チャットワークIDは yamada-office です', 'チャットワークIDは yamada-office'],
  ['messenger.skype', 'スカイプID: taro.yamada.jp', 'スカイプID: taro.yamada.jp'],
  ['messenger.discord', 'ディスコードのIDは gamer_taku です', 'ディスコードのIDは gamer_taku'],
  ['messenger.telegram', 'Telegram @crypto_masa', 'Telegram @crypto_masa'],
  ['messenger.whatsapp', 'WhatsApp: masa_88', 'WhatsApp: masa_88'],
  ['messenger.slack', 'SlackのIDは tanaka.k です', 'SlackのIDは tanaka.k'],
  ['messenger.zoom', 'ZoomのIDは taro.meeting です', 'ZoomのIDは taro.meeting'],
  ['messenger.other', 'WeChat: li_wei_88', 'WeChat: li_wei_88'],
  ['messenger.named', 'Discordでお願いします。ユーザー名は koe_mori です', 'Discordでお願いします。ユーザー名は koe_mori'],
  ['messenger.tags', 'ゲーム内では hanako#1234 です', 'hanako#1234'],
  ['link.sns', '追加はこちら https://line.me/ti/p/AbCdEfG', 'https://line.me/ti/p/AbCdEfG'],
  ['link.personal', 'まとめてます linktr.ee/mika_works', 'linktr.ee/mika_works'],
  ['invitation.ask-contact', '連絡先を教えていただけますか？', '連絡先を教え'],
  ['messenger.handle', 'ID：ten_shi_no_ie（ハイフンじゃなくアンダーバー）', 'ID：ten_shi_no_ie'],
  ['payment.outside', '口座を教えてもらえれば直接振り込みます', '口座を教え'],
  ['invitation.channel', 'Chatworkの方が慣れているので、そちらで', 'Chatworkの方が'],
  ['payment.bank', '楽天銀行に振り込んでいただければ大丈夫です', '銀行に振り込'],
  ['invitation.outside', 'ここ以外で連絡できる手段ってありますか？', 'ここ以外で連絡できる手段ってあり'],
  ['payment.methods', '報酬はUSDTでも受け取れます', '報酬はUSDTでも受け取'],
  ['invitation.marketplace', 'ランサーズで直接依頼してもらえませんか', 'ランサーズで直接依頼'],
  ['invitation.pointer', 'YouTubeの概要欄に問い合わせ先があります', '概要欄に問い合わせ'],
  ['invitation.call', 'Chatwork招待しますね', 'Chatwork招待'],
  ['invitation.search', 'Facebookで「山田 太郎 デザイン」で検索してください', 'Facebookで「山田 太郎 デザイン」で検索して'],
  ['meeting.id', 'ミーティングID 812 345 6790 です', 'ミーティングID 812 345 6790'],
  ['phone.parts', '市外局番は03、そのあとは…', '市外局番は03'],
  ['email.described', 'ユーザー名は nao.edit、ドメインはジーメールです', 'ユーザー名は nao.edit、ドメインはジーメール'],
];

/** Invitations without any id, one per kind of wording: each must be caught. */
const INVITATIONS: string[] = [
  'ここ以外で連絡できる手段ってありますか？',
  '別のツールでやり取りしませんか？',
  'このサービスを介さない形でお願いできればと思っています',
  'マージンなしの直契約にしませんか',
  '他のアプリで話しませんか？',
  '別の場所で話しましょ！',
  '個人的にお仕事お願いできませんか',
  '次回からは私個人宛にご連絡ください',
  'サイト外で一度お会いできませんか',
  'メアドか電話番号、どちらか教えてもらえませんか？',
  'PayPayで送金しますね',
  'アマギフで支払いでもいいですか？',
  'USDTで受け取りたいです',
  'ゆうちょ 記号 12345 番号 67890123',
  'お代は伺った時に直接お渡しします',
  'ココナラに同じ出品があるのでそちらで購入してください',
  'ランサーズにもアカウントがあるので、そちらで契約し直しませんか',
  'プロフのQRコード読み取ってもらえれば繋がれます',
  'リンクはプロフに貼ってるので、そこから入ってね',
  '私の名前でググるとサイトが出てきます',
  'こちらから申し込んでください forms.gle/abcd1234',
  'ホームページの問い合わせフォームからご連絡ください',
  'LINEオープンチャットに参加してもらえれば案件を回せます',
  'https://zoom.us/j/91234567890 で入ってください',
  'meet.google.com/abc-defg-hij でお願いします',
  'ほかの連絡方法ってあります？',
  'サービスを介さない形で今後もお付き合いできれば',
  '一度外でお茶でもしながら打ち合わせしませんか',
  'SNSやってますか？',
  'ランサーズ経由にしてもらえると助かります',
  'minneで同じ作品売ってます',
  '「さくらデザイン事務所」で検索すると出てきます',
  'フェイスブックで山田太郎で出てきます',
  '番号は、ゼロキューゼロから始まって、イチニーサンヨン、ゴーロクナナハチ',
  'ヤフーメールの hana_0707 に送ってください',
  'スラックのワークスペースに招待します',
  'LINEのQRコード送りますね',
  'お電話で詳しくお話しできればと思います',
  'SMSください',
  'ストーリーに載せてるので見てください→ @hana_photo',
  'Teamsで打ち合わせしましょう',
  'うちのHP見てもらえれば連絡先載ってます',
  '「はなデザイン」のホームページからお問い合わせください',
  '継続案件は個別契約でお願いしたいです',
  'サイトを経由しない方法でお願いできませんか',
];

describe('invitations without an id', () => {
  it.each(INVITATIONS)('%s', (text) => {
    expect(caught(text)).not.toEqual([]);
  });
});

describe('rules', () => {
  it.each(PER_RULE)('%s catches its example', (ruleId, text, excerpt) => {
    expect(caught(text)).toContainEqual([ruleId, excerpt]);
  });

  it('every rule has an example, an article and reasons in both languages', () => {
    // The scoring layer's rules have their examples in score.test.ts.
    const rules = SCREENING_RULES.filter((r) => r.detector !== 'score');
    expect(new Set(PER_RULE.map(([id]) => id))).toEqual(new Set(rules.map((r) => r.id)));
    for (const rule of rules) {
      expect(rule.article).toContain('第7条');
      expect(rule.reason.ja.length).toBeGreaterThan(10);
      expect(rule.reason.en.length).toBeGreaterThan(10);
    }
  });
});

/** Disguises of one phone number and one email address: each must be caught, pointing at the original. */
const DISGUISES: [string, string, string][] = [
  ['plain', '090-1234-5678', '090-1234-5678'],
  ['full-width', '電話は０９０－１２３４－５６７８です', '０９０－１２３４－５６７８'],
  ['kanji numerals', '〇九〇ー一二三四ー五六七八に', '〇九〇ー一二三四ー五六七八'],
  ['old kanji numerals', '零九零 壱弐参四 五六七八', '零九零 壱弐参四 五六七八'],
  ['katakana words', 'ゼロキュウゼロ、イチニサンヨン、ゴロクナナハチ', 'ゼロキュウゼロ、イチニサンヨン、ゴロクナナハチ'],
  ['hiragana words', 'ぜろはちぜろ いちにさんよん ごろくななはち', 'ぜろはちぜろ いちにさんよん ごろくななはち'],
  ['spaced digits', '0 9 0 1 2 3 4 5 6 7 8 まで', '0 9 0 1 2 3 4 5 6 7 8'],
  ['zero-width', '0\u200b9\u200b0\u200b1234\u200b5678', '0\u200b9\u200b0\u200b1234\u200b5678'],
  ['split across lines', '090\n1234\n5678', '090\n1234\n5678'],
  ['emoji separators', '090📞1234📞5678', '090📞1234📞5678'],
  ['long vowel marks', '090ー1234ー5678', '090ー1234ー5678'],
  ['keycaps', '0⃣9⃣0⃣1⃣2⃣3⃣4⃣5⃣6⃣7⃣8⃣', '0⃣9⃣0⃣1⃣2⃣3⃣4⃣5⃣6⃣7⃣8⃣'],
  ['+81', '+81 90 1234 5678', '+81 90 1234 5678'],
  ['at mark spelled', 'yamada.k アットマーク gmail ドット com', 'yamada.k アットマーク gmail ドット com'],
  ['(at) (dot)', 'sato(at)example-mail(dot)jp', 'sato(at)example-mail(dot)jp'],
  ['hiragana あっと', 'taro123あっとgmailどっとcom', 'taro123あっとgmailどっとcom'],
  ['full-width email', 'ｍｉｋａ＠ｇｍａｉｌ．ｃｏｍ', 'ｍｉｋａ＠ｇｍａｉｌ．ｃｏｍ'],
  ['spaces in email', 'kenta1988 @ icloud . com', 'kenta1988 @ icloud . com'],
  ['。 as a dot', 'hana@gmail。com', 'hana@gmail。com'],
  ['spaced letters', 'L I N E ID: hana_88', 'L I N E ID: hana_88'],
  ['full-width LINE', 'ＬＩＮＥ　ＩＤ　ｙａｍａｄａ１２３', 'ＬＩＮＥ　ＩＤ　ｙａｍａｄａ１２３'],
  ['ライン', 'ラインID：hanako.k', 'ラインID：hanako.k'],
  ['spelled dot in a link', 'line ドット me/ti/p/~taro88', 'line ドット me/ti/p/~taro88'],
  ['ten-digit mobile in words', 'ゼロキュウゼロ、ナナイチサン、ニーヨンハチゴ', 'ゼロキュウゼロ、ナナイチサン、ニーヨンハチゴ'],
  ['ニイ for 2', 'ぜろはちぜろ よんななにい きゅうさんにーろく', 'ぜろはちぜろ よんななにい きゅうさんにーろく'],
  [
    'English number words',
    'zero-nine-zero-one-two-three-four-five-six-seven-eight',
    'zero-nine-zero-one-two-three-four-five-six-seven-eight',
  ],
  [
    'one kana per line',
    'ぜ\nろ\nは\nち\nぜ\nろ\nい\nち\nに\nさ\nん\nよ\nん\nご\nろ\nく\nな\nな\nは\nち',
    'ぜ\nろ\nは\nち\nぜ\nろ\nい\nち\nに\nさ\nん\nよ\nん\nご\nろ\nく\nな\nな\nは\nち',
  ],
  ['one digit per line', '0\n9\n0\n1\n2\n3\n4\n5\n6\n7\n8', '0\n9\n0\n1\n2\n3\n4\n5\n6\n7\n8'],
  ['slashes', '070/3391/5520', '070/3391/5520'],
  ['phone in parts', '090の\n下が\n3318-6204\nです', '090の\n下が\n3318-6204'],
  ['last four digits first', '下四桁は9021、上は0 8 0 - 6 6 3 4', '下四桁は9021'],
  ['head of the number in words', '頭はゼロキューゼロです', '頭はゼロキュー'],
  ['(あ) and (て)', 'taro(あ)gmail(て)com', 'taro(あ)gmail(て)com'],
  ['[アット]', 'taro[アット]gmail.com', 'taro[アット]gmail.com'],
  ['provider in katakana', 'taro.k アットマーク ジーメール', 'taro.k アットマーク ジーメール'],
  ['user name and provider', 'メールのユーザー名は nao.edit です。Googleのやつです', 'ユーザー名は nao.edit です。Googleのやつ'],
  ['@gmail.com to add', 'その後ろに＠ｇｍａｉｌ．ｃｏｍをつければ届きます', '後ろに＠'],
  ['えるあいえぬいー', 'えるあいえぬいー の あいでぃーは「soramame88」', 'えるあいえぬいー の あいでぃーは「soramame88」'],
  ['緑のアプリ', '緑のアプリのIDは hana_07', '緑のアプリのIDは hana_07'],
  ['slashed id', 'LINE: t/a/r/o/8/8', 'LINE: t/a/r/o/8/8'],
  ['Skype名', 'Skype名は taro.yamada', 'Skype名は taro.yamada'],
  ['Kakao with Korean', 'Kakao: 아이디 jiwoo_0707', 'Kakao: 아이디 jiwoo_0707'],
  ['id described', 'LINEのIDはローマ字で「さくらもち」', 'LINEのIDはローマ字'],
];

describe('disguises', () => {
  it.each(DISGUISES)('%s', (_, text, excerpt) => {
    expect(screen(text).map((f) => f.excerpt)).toContain(excerpt);
  });
});

describe('the map back to the original text', () => {
  it('gives ranges of the original, whatever the normalisation did', () => {
    const text = 'こんにちは。\n電話は ０９０ー１２３４ー５６７８ です。メールは ｔａｒｏ＠ｇｍａｉｌ．ｃｏｍ まで。';
    for (const f of screen(text)) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
    expect(screen(text).map((f) => f.excerpt)).toEqual(['０９０ー１２３４ー５６７８', 'ｔａｒｏ＠ｇｍａｉｌ．ｃｏｍ']);
  });

  it('counts characters outside the basic plane and dropped zero-width characters', () => {
    const text = '😀😀\u200b\u200b連絡は😀 090-1111-2222';
    const [finding] = screen(text);
    expect(finding?.excerpt).toBe('090-1111-2222');
    expect(finding?.start).toBe(text.indexOf('090'));
  });

  it('lists findings in the order of the text', () => {
    const starts = screen('a@gmail.com と 090-1234-5678 と line.me/ti/p/x').map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts).toHaveLength(3);
  });
});

describe('links', () => {
  it('passes the marketplace’s own links', () => {
    expect(caught('詳細は https://yorozu.example/jobs/4567 です', { ownHost: 'yorozu.example' })).toEqual([]);
    expect(caught('詳細は https://yorozu.example/jobs/4567 です')).not.toEqual([]);
  });

  it.each([
    'https://ja.wikipedia.org/wiki/和菓子',
    'https://github.com/vitejs/vite',
    'https://www.nta.go.jp/taxes/',
    'https://docs.google.com/document/d/1abc',
    'https://www.youtube.com/watch?v=abc',
    'https://developers.line.biz/ja/docs/',
  ])('passes the public reference %s', (link) => {
    expect(caught(`こちらです ${link}`)).toEqual([]);
  });

  it('passes an unknown site presented as a reference, and catches it otherwise', () => {
    expect(caught('参考サイト https://www.sakura-cafe.jp')).toEqual([]);
    expect(caught('https://www.sakura-cafe.jp のようなデザインで')).toEqual([]);
    expect(caught('私のサイトです https://www.sakura-cafe.jp')).toEqual([['link.personal', 'https://www.sakura-cafe.jp']]);
  });

  it('catches networks and personal pages even when they look like references', () => {
    expect(caught('参考 https://www.instagram.com/p/abc')).toEqual([['link.sns', 'https://www.instagram.com/p/abc']]);
    expect(caught('https://www.youtube.com/@taro_channel')).toEqual([['link.personal', 'https://www.youtube.com/@taro_channel']]);
    expect(caught('bit.ly/3xYzAbc')).toEqual([['link.personal', 'bit.ly/3xYzAbc']]);
  });

  it('takes a replaced reference list', () => {
    expect(caught('https://ja.wikipedia.org/wiki/x', { referenceHosts: [] })).toEqual([
      ['link.personal', 'https://ja.wikipedia.org/wiki/x'],
    ]);
    expect(DEFAULT_REFERENCE_HOSTS).toContain('wikipedia.org');
  });
});

describe('an approved request to exchange contact details', () => {
  const text = '現場の住所は後で送ります。携帯は090-1234-5678、LINEのIDはtaro_0808です。お支払いは現金手渡しでお願いします。';
  it('lets contact details through but still catches payment outside', () => {
    expect(caught(text).map(([id]) => id)).toEqual(['phone.number', 'messenger.line', 'payment.methods']);
    expect(caught(text, { contactAllowed: true })).toEqual([['payment.methods', 'お支払いは現金手渡しでお願い']]);
  });
});

describe('what passes', () => {
  it.each([
    '¥10,000、1万円、10,000円(税込)',
    '2026年12月7日、12/7 18:00、令和8年',
    '注文番号 A-2026-000123',
    'SKU-12345、JANコード 4901234567894',
    'v2.3.1、Node.js 20.19',
    '〒100-0001 東京都千代田区千代田1-1',
    '3,000文字、ISBN 978-4-10-123456-7',
    '@Component と @Injectable() と @media',
    'LINEスタンプのデザイン依頼です',
    'LINE公式アカウントの運用代行をお願いします',
    'Instagram運用代行、フォロワー1万人',
    '直接のやり取りは規約で禁止されているので、こちらでお願いします',
    'イチゴとハチミツのイラスト、シニア向けのチラシ',
    '一度ご確認ください。二人で作業します',
    'アットホームな職場です。ドット絵も描けます',
    'npm install @types/node@20.11.5 で型定義を入れてください',
    'サイト外でのお取引はお受けしておりません',
    '電話でのヒアリングが必要なら、サービス外連絡申請を出しますね',
    'このサイトのメッセージ機能でやり取りしましょう',
    '別の方法でも実装できますので、ご相談ください',
    '他のツールで作ったデータでも送っていただければ対応します',
    '個人的にはA案が好きです、ご依頼の内容にも合っています',
    'こちら以外にも案件をお願いしたいです',
    '外で撮影する写真を送ります',
    'この件はココナラでは対応できないと言われたので、こちらで依頼しました',
    'ランサーズでの実績は50件です',
    'PayPay決済を導入したECサイトの改修です',
    'お支払いは手数料込みで仮払いにお願いします',
    'LINE公式アカウントで友だち追加してもらうための導線を設計してほしいです',
    'お問い合わせフォームのデザインを作ります。項目は名前・メールアドレス・電話番号の3つです',
    '受講者向けのGoogleフォームを作成してください',
    'Gmailで届いた請求書をスプレッドシートにまとめる作業です',
    '市外局番の入力欄を分けてください',
    '会議IDの発行機能を実装してください',
    'someone often sees nine of them',
    'https://zoom.us/pricing のプランで十分です',
    '連絡手段はこちらのメッセージのみでお願いします',
    'チラシに「お気軽にお電話ください」と入れてください',
    'お電話でのご相談は受け付けておりません',
    'SMS認証を実装してください',
    '招待制のDiscordサーバーの運営ルールを作ってください',
    'Zoom会議の議事録作成をお願いします',
    'うちのHPを見て、雰囲気を掴んでください',
    '「渋谷 カフェ」で検索すると上位に表示されるようにしたいです',
    '電話番号の入力フォームに 090-0000-0000 形式のプレースホルダーを入れてください',
  ])('%s', (text) => {
    expect(caught(text)).toEqual([]);
  });
});
