// The kinds of wording added after batch 7 (written in realistic proportions by someone who had
// never seen the rules): one example each, reworded from the batch so the test checks the kind
// and not the sentence, and the hard legitimate messages next to them that must still pass.
import { describe, expect, it } from 'vitest';
import { screen } from './screen';

const caught = (text: string) => screen(text).map((f) => [f.ruleId, f.excerpt]);

/** [rule id, text, the part that must be caught]. */
const KINDS: [string, string, string][] = [
  ['messenger.handle', 'ID検索で「kenji_reform」を追加してください', 'ID検索で「kenji_reform'],
  ['messenger.handle', 'ちゃっとわーくでID「mtsd-27」お願いします', 'ID「mtsd-27」'],
  ['messenger.handle', 'よろしくです、ID sora_0909', 'ID sora_0909'],
  ['messenger.handle', '前半は kou_ 後半は design99 です', '前半は kou_ 後半は design99'],
  ['email.described', 'g mail の rika.wd.0707 に送ってください', 'g mail の rika.wd.0707'],
  ['email.described', 'メールはgmailです。natsumi点tanaka0915', 'メールはgmailです。natsumi点tanaka0915'],
  ['email.described', 'メアドはインスタと同じで、うしろにジーメールつけたやつです', 'うしろにジーメールつけ'],
  ['email.described', 'アドレス逆から読んでください moc.liamg@2880inakuf', 'moc.liamg@2880inakuf'],
  [
    'phone.number',
    'ゼロ・ハチ・ゼロ／ナナ・イチ・サン・ヨン／ゴ・ロク・キュウ・ニ',
    'ゼロ・ハチ・ゼロ／ナナ・イチ・サン・ヨン／ゴ・ロク・キュウ・ニ',
  ],
  ['phone.number', 'れいきゅうれい ななはちにいち さんいちよんなな', 'れいきゅうれい ななはちにいち さんいちよんなな'],
  [
    'phone.number',
    '電話番号は090の、なな・なな・いち・に の、はち・ご・さん・ゼロです',
    '090の、なな・なな・いち・に の、はち・ご・さん・ゼロ',
  ],
  ['payment.outside', 'この先は外でお話ししたいです', '外でお話'],
  ['payment.outside', 'システム外でのご契約も承ります', 'システム外でのご契約'],
  ['payment.outside', '今回の件、外で受けてもらえるなら上乗せします', '外で受けて'],
  ['invitation.outside', 'ここでは難しいので、別サービスで契約し直しませんか', '別サービスで契約'],
  ['invitation.outside', '直接のほうがお互い楽だと思います', '直接のほうがお互い楽'],
  ['invitation.outside', 'このサイトに手数料払うのもったいないですよね', '手数料払うのもったいな'],
  ['invitation.outside', '通話アプリ何使ってますか？', '通話アプリ何使'],
  ['invitation.outside', '契約はここで、お支払いだけ別にできますか？', 'お支払いだけ別'],
  ['invitation.outside', '作業のあと、現地で精算でもいいですよ', '現地で精算'],
  ['invitation.outside', '早いので、番号交換しませんか？', '番号交換'],
  ['invitation.marketplace', 'ココナラ以外でもお仕事受けてます', 'ココナラ以外でもお仕事受けてます'],
  ['invitation.marketplace', 'BASEのショップで同じ商品を出しています', 'BASEのショップで同じ商品を出して'],
  ['invitation.search', '私の名前検索したらすぐ出てきます', '私の名前検索'],
  ['invitation.search', '同じ名前でインスタやってます', '同じ名前でインスタやってます'],
  ['invitation.search', 'ユーザー名のあとに「.com」をつけたのが私のサイトです', 'ユーザー名のあとに「.com'],
  ['invitation.channel', 'もっと気軽にやり取りできるアプリでお話ししたいです', 'やり取りできるアプリでお話'],
  ['invitation.pointer', '公式LINEから予約してください', '公式LINEから予約'],
  ['invitation.ask-contact', 'Gメールに送ってください', 'Gメールに送っ'],
  ['invitation.ask-contact', 'ティックトックやってます、hana_tt', 'ティックトックやってます'],
  ['messenger.named', 'LINEのIDお伝えしておきますね：hiro1985', 'LINEのIDお伝えしておきますね：hiro1985'],
  ['messenger.named', 'インスタのアカウント、yuki_photo です', 'インスタのアカウント、yuki_photo'],
  ['invitation.channel', 'お手数ですが、メールでやり取りできますか？', 'メールでやり取り'],
  ['invitation.channel', '今後のやり取りはメールでお願いします', 'やり取りはメールでお願い'],
  ['invitation.channel', 'インスタDMください', 'インスタDMください'],
  ['invitation.channel', 'X（旧Twitter）でDMください', 'X（旧Twitter）でDMください'],
  ['invitation.channel', 'サイト外でも対応可能です', 'サイト外でも対応'],
  ['invitation.call', 'Googleミートのリンク送ります', 'Googleミートのリンク送り'],
  ['invitation.call', 'お電話で詳細お伝えします', 'お電話で詳細お伝えします'],
  ['invitation.pointer', '連絡先を書いた紙を同封しますね', '連絡先を書いた紙を同封'],
  ['messenger.named', 'LINE ID載せておきます→yukiyuki', 'LINE ID載せておきます→yukiyuki'],
  ['invitation.call', '今晩お電話差し上げてもよろしいでしょうか', 'お電話差し上げ'],
  ['invitation.pointer', 'お問い合わせはHPのフォームからどうぞ', 'HPのフォームから'],
];

describe('kinds added after batch 7', () => {
  it.each(KINDS)('%s: %s', (ruleId, text, part) => {
    expect(caught(text)).toContainEqual([ruleId, part]);
  });

  it.each([
    'テスト用ID test01でログインしてください',
    '管理画面のID admin_01 でログインできます',
    '商品ID abc_123 の在庫を確認してください',
    '旧ブログを別サイトに移行してほしいです',
    '報酬のみ別途お支払いします',
    'チャットアプリ開発で何を使っていますか',
    '交通費は現地で精算します',
    '公式LINEから予約できる仕組みを作ってほしいです',
    '店舗の公式LINEに友だち追加するとクーポンが出るLPを制作してください',
    '雨の日は外で撮影できないので、室内で撮ります',
    '電話番号の桁数チェックを 090 から始まる11桁にしてください',
    '確認メールでやり取りの記録を残します',
    'インスタDMの自動返信を作ってください',
    'LINEのIDは取得済みです',
    'お客様にお電話差し上げる際のトークスクリプトを作成してください',
    'LINEのID連携: 設定→ログイン',
  ])('%s', (text) => {
    expect(caught(text)).toEqual([]);
  });
});
