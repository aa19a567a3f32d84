// The kinds of wording added after batch 6 (written by someone who had never seen the rules):
// one example each, and the hard legitimate messages next to them that must still pass.
import { describe, expect, it } from 'vitest';
import { screen } from './screen';

const caught = (text: string) => screen(text).map((f) => [f.ruleId, f.excerpt]);

/** [rule id, text, the part that must be caught]. */
const KINDS: [string, string, string][] = [
  [
    'email.address',
    'アドレス：ｒｙｏ．ｍａｔｓｕｉ【あっと】ｄｏｃｏｍｏ【てん】ｎｅ【てん】ｊｐ',
    'ｒｙｏ．ｍａｔｓｕｉ【あっと】ｄｏｃｏｍｏ【てん】ｎｅ【てん】ｊｐ',
  ],
  ['phone.parts', '上三桁は090、真ん中4桁は6802です', '上三桁は09'],
  ['phone.parts', '最後の4桁は1126です', '最後の4桁は1126'],
  ['phone.parts', 'Viberでも大丈夫です。+63 917 552 0831', '+63 917 552 0831'],
  ['messenger.line', 'わたしのLINEは thu_trang95 です', 'LINEは thu_trang95'],
  ['messenger.line', 'ライン(緑のやつ)→ taku.bike_77', 'ライン(緑のやつ)→ taku.bike_77'],
  ['messenger.other', 'WeChat号：wang_lei_osaka', 'WeChat号：wang_lei_osaka'],
  ['messenger.named', 'ボイスはDiscordの通話で。ユーザー名は koe_no_mori です', 'Discordの通話で。ユーザー名は koe_no_mori'],
  ['messenger.handle', 'ID：ten_shi_no_ie（LINEです、ハイフンじゃなくアンダーバー）', 'ID：ten_shi_no_ie'],
  ['link.sns', 'Blueskyやってます、hinata-sketch.bsky.social まで', 'hinata-sketch.bsky.social'],
  [
    'invitation.channel',
    'Facebookページ「はるかぜ整体院」からメッセージ送ってください',
    'Facebookページ「はるかぜ整体院」からメッセージ',
  ],
  ['invitation.channel', '今後はLINEでやり取りしませんか？', 'LINEでやり取りしません'],
  ['invitation.channel', '声で話せる手段があると助かります', '声で話せる手段'],
  ['invitation.channel', 'もっと気軽にやりとりできるツール、何か使ってます？', 'やりとりできるツール、何か使って'],
  [
    'invitation.channel',
    '以後のご相談は弊社ホームページ（https://www.kobe-design.co.jp/inquiry/）より承ります。',
    '弊社ホームページ（https://www.kobe-design.co.jp/inquiry/）より承り',
  ],
  ['invitation.ask-contact', '御社の窓口メールアドレスをご教示いただけますか', 'メールアドレスをご教示'],
  ['payment.outside', '次回はうちに直接頼んでください', '直接頼ん'],
  ['payment.outside', '見積もりは外で出すので、この案件は取り下げていただけますか', '外で出すので、この案件は取り下げて'],
  ['email.described', 'gmailの方に sato.minori.0415 で送ってください', 'gmailの方に sato.minori.0415'],
  [
    'email.described',
    'あっとまーく の前は「chika.sweets」で、後ろはジーメールです',
    'あっとまーく の前は「chika.sweets」で、後ろはジーメール',
  ],
  ['email.described', 'Gmail\n↓\nkonno.handmade.2023', 'Gmail\n↓\nkonno.handmade.2023'],
  ['email.described', 'メアドはニックネームのローマ字＋@yahoo.co.jp です', 'メアドはニックネームのローマ字＋@yahoo.co.jp'],
  ['invitation.outside', '同じアカウントがXにあるので、そっちで話しましょう', 'Xにあるので、そっちで話し'],
  ['invitation.outside', 'この先のやりとりは、別の場所でできたらと思ってます', 'やりとりは、別の場所'],
  ['invitation.outside', '手数料の分、お互い損なので、何か方法考えましょうか', '手数料の分、お互い損なので、何か方法'],
  ['invitation.outside', 'このサイトだと規約が厳しくて話しにくいので、察してください', '規約が厳しくて話しにく'],
  ['invitation.outside', '2件目からは個人間でやれたらと思います', '個人間でやれたら'],
  ['invitation.outside', '以降はうちと直でどうでしょう', '直でどうでしょう'],
  ['invitation.outside', '継続のご相談は、この契約が終わってから直接させてください', '直接させてください'],
  ['invitation.outside', 'システム利用料を引かれない方法でお支払いしたいです', 'システム利用料を引かれない方法でお支払'],
  ['invitation.outside', 'サイトの外でやりとりするのって、やっぱりダメですか？', 'サイトの外でやりとり'],
  ['payment.methods', '報酬はStripeの決済リンクでお支払いいただけます', 'Stripeの決済リンクでお支払'],
  ['payment.methods', 'ペイペイ払いOKです', 'ペイペイ払いOK'],
  ['payment.methods', 'PayPalの請求書を送るので、そっちで決済してください', 'PayPalの請求書を送'],
  ['payment.methods', '送金は楽天キャッシュでお願いできますか', '送金は楽天キャッシュで'],
  ['invitation.marketplace', 'MENTAでメンター登録してるので、そちらで契約してください', 'MENTAでメンター登録してる'],
  ['invitation.pointer', 'インスタのIDはファイル名の通りです', 'インスタのIDはファイル名の通り'],
  ['invitation.pointer', 'ポートフォリオ送ります portfolio_line-id_yamada88.pdf', 'line-id_yamada88.pdf'],
  [
    'invitation.pointer',
    '名刺をお渡ししますので、次回以降はそちらにご連絡ください',
    '名刺をお渡ししますので、次回以降はそちらにご連絡',
  ],
  ['invitation.pointer', '連絡先書いた紙を荷物に同梱しておきますね', '連絡先書いた紙を荷物に同梱'],
  ['invitation.pointer', '名刺の裏にあるQRコードから繋がってください', 'QRコードから繋が'],
  [
    'invitation.pointer',
    'プロフィールの外部リンクからどうぞ。料金もそちらの方がお安くなっています',
    '外部リンクからどうぞ。料金もそちらの方がお安',
  ],
  ['invitation.call', 'QRコード送りますね、ラインで読み取ってください', 'QRコード送りますね、ラインで読み取'],
  ['invitation.call', 'Slackを使うので、招待用のアドレスを書いてください', '招待用のアドレス'],
  ['invitation.search', '「ほそかわ事務所」でググれば一番上に出ます', '」でググれ'],
  ['invitation.search', 'アカウント名で検索すれば私のSNSが出てきますよ', 'アカウント名で検索すれば'],
  ['invitation.search', 'ググってもらえれば事務所の番号出てきます', 'ググってもらえれば事務所の番号出て'],
  ['invitation.search', '公式アカウントの方が確実です。LINEで「@412hkrpt」を検索してください', '「@412hkrpt」を検索'],
  ['invitation.channel', '@hana_88（インスタ）までどうぞ', '@hana_88（インスタ'],
  ['invitation.channel', 'Xで @taro_1234 をフォローしてください', 'Xで @taro_1234'],
  ['invitation.call', '電話してもいいですか？', '電話してもいい'],
  ['invitation.outside', '運営にバレないようにお願いします', '運営にバレ'],
  ['email.described', 'アドレスの前は taro.k、@の後ろはgmailです', '前は taro.k、@の後ろはgmail'],
  ['link.personal', 'paypal.me/taroyamada で送金してください', 'paypal.me/taroyamada'],
  ['link.personal', 'ポートフォリオは taro-design.tech です', 'taro-design.tech'],
  ['phone.parts', '番号は090で始まって、あとは8桁で12345678です', '090で始まって、あとは8桁で12345678'],
  ['email.described', 'メアド変わりました→ kenji.w1990（ジーメール）', 'kenji.w1990（ジーメール）'],
  ['invitation.search', 'LINEのID、電話番号で検索できるようにしてあります', '電話番号で検索でき'],
  ['invitation.search', 'Threadsでも同じ名前でやってます', 'Threadsでも同じ名前でやって'],
  ['invitation.search', '私のこと「山田デザイン」で調べてもらえればすぐ見つかりますよ', '」で調べてもらえれば'],
  [
    'invitation.pointer',
    '作業後にショップカードをお渡ししますね、次回はそちらの番号へ',
    'ショップカードをお渡ししますね、次回はそちらの番号',
  ],
  ['invitation.call', 'Zoomでお話しできればと思います', 'Zoomでお話しでき'],
  ['invitation.call', 'Google Meetのリンク送りますので、そちらで打ち合わせしましょう', 'Google Meetのリンク送り'],
  ['invitation.call', '電話のほうが早いので、かけてもいいですか？', '電話のほうが早いので、かけ'],
];

describe('kinds of wording added after batch 6', () => {
  it.each(KINDS)('%s: %s', (ruleId, text, excerpt) => {
    expect(caught(text)).toContainEqual([ruleId, excerpt]);
  });
});

describe('what still passes next to them', () => {
  it.each([
    '競合調査の対象：https://www.muji.com/jp/ja/store と https://www.nitori-sample.jp/ の商品ページ構成',
    'トラッキング番号（UPS）：1Z 999 AA1 01 2345 6784',
    '名簿のデータクレンジング（電話番号の桁数チェック）をお願いします',
    '文字起こしで、話者が電話番号や住所を話している箇所は伏せてください',
    '「銀行振込の手数料を節約する方法」という記事を書いてください',
    '社内ではSlackでやり取りしていますが、この案件のご連絡はこちらのメッセージでお願いします',
    'お客様とのやり取りはLINEで行っている店舗が多いので、その導線を提案してください',
    'PayPay払いに対応したECサイトのバナーを作成してください',
    '庭の作業は外で行うので、キャンセルの場合は前日までにご連絡ください',
    '次回も直接このサイトからご依頼いただけると嬉しいです',
    'お問い合わせは弊社ホームページより承ります、という文言をフッターに入れてください',
    'DiscordサーバーのBotで、ユーザー名は bot_helper にしてください',
    'Instagramのリール用に、アカウント名 cafe_tokyo_01 のロゴ透かしを入れてください',
    'QRコードをLINEで読み取ると友だち追加される仕組みを、店頭POPで説明したいです',
    'Slackに招待用のボットを作りたいです',
    'アカウント名で検索しても出てこない不具合を修正してください',
    'Xにある過去の投稿をまとめて、そちらで話題になったものを記事にしてください',
    '規約が厳しいので、連絡先はお伝えできません',
    'お支払いは現金ではなく、このサイトの仮払いでお願いします',
    'QRコードから友だち追加できるチラシのデザインをお願いします',
    'ご教示いただいた手順で、無事にインストールできました',
    'ファイル名は instagram_id_map.csv です',
    'Stripeの決済リンク経由で申し込むフォームを実装します',
    '声で話せる手段が必要な場合は、サイトの通話機能を使いましょう',
    'もっと気軽にやりとりできるツールを社内に導入したいので、候補を3つ挙げてください',
    '@param line 行番号です',
    'Zoomの招待リンクを自動で送る仕組みをGASで作ってください',
    '電話のほうが早いと感じる高齢のお客様向けに、わかりやすいFAQを作ってください',
    '次回もそちらからご依頼いただければうれしいです',
    'LINEでも同じ名前でアカウントを作成してください（店舗名）',
    '「株式会社さくら」で調べたら、上位に競合が出てきました',
    '電話番号で検索できる顧客管理画面を作ってください',
    '名刺の情報を入力し、次回以降は番号順に並べてください',
    '画像は 1x, 2x, @3x.png の3種類です',
    'カーソルは element.style.cursor で変えます',
  ])('%s', (text) => {
    expect(caught(text)).toEqual([]);
  });
});
