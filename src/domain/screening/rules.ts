// The screening rules, as data. Each names the article of the terms it applies (第7条 直接取引
// の禁止), says in Japanese and English why it exists (shown to the sender next to the caught
// part), and lists its patterns. Patterns run on the screening text (normalise.ts): lower
// case, katakana for all kana (write them in hiragana here; they are folded when compiled),
// digits for numerals, one space for any white space. Every pattern is linear: no nested
// quantifiers over overlapping classes. `unless` looks around a match (30 characters
// either side) for words that make it something else: a refusal (直接取引はできません), a
// job about the network itself (LINE公式アカウントの運用, PayPay決済の導入).
//
// Two rules are detectors rather than patterns: `phone.number` (numerals.ts: 10–11 digit
// Japanese numbers in any spacing) and the link rules (hosts.ts: what passes, what is SNS,
// what is a personal page).

import { ARTICLE, CONTACT_REASON, guardedName, PAYMENT_REASON, REFUSAL, type ScreeningRule, TOPIC } from './rule-parts';
import { OUTSIDE_RULES } from './rules-outside';
import { SCORE_RULES } from './score';

export type { ScreeningCategory, ScreeningRule } from './rule-parts';

/** Before a network's name in a mere mention: after no letter and no kana, so not after a particle either. */
const KANA_GUARD = '(?<![a-z\\u30A1-\\u30FA])';
const NETWORKS =
  'line|らいん|いんすた|instagram|ついったー|twitter|discord|でぃすこーど|でぃすこ|skype|すかいぷ|facebook|ふぇいすぶっく|ちゃっとわーく|chatwork|telegram|てれぐらむ|whatsapp|わっつあっぷ|slack|すらっく|かかお|tiktok|signal|messenger|めっせんじゃー|wechat|viber|ばいばー|bluesky|ぶるーすかい|misskey|みすきー';

const HANDLE =
  '[「『"\']?@? ?(?!(?:id|api|sdk|pay|works|official|bot|ads|business|login|stamp|creators|reels|shop|store|graph|app|url|qr|dm|https?)\\b)[a-z0-9][a-z0-9._\\-]{2,29}';
const ID_WORD =
  '(?: ?(?:id|アイディー?|あいでぃー?|アカウント名?|アカ名|ユーザー名|ユーザーネーム|垢名?|ハンドル(?:ネーム)?|名前|名|号|아이디)(?:は|:|=|→|⇒| )?)';
/** Words naming a handle further on in the text, after the network was named (…Discordで。ユーザー名は koe_mori). */
const NAME_WORD = '(?:ユーザー ?名|ユーザーネーム|アカウント名|アカ名|垢名|ハンドルネーム|ハンドル名)(?:は|:|=|→|⇒| )';
const SEP = '(?:は|:|=|→|⇒|>| で検索| で| )';

function service(id: string, names: string, label: string, kanaGuard = false): ScreeningRule {
  // A short aside may follow the name: ライン(緑のやつ)→ taku_77.
  const start = `${kanaGuard ? guardedName(names) : `(?<![a-z])(?:${names})`}(?!(?!id)[a-z])(?: ?\\([^)]{1,12}\\))? ?(?:の ?)?`;
  return {
    id: `messenger.${id}`,
    category: 'messenger-id',
    article: ARTICLE,
    reason: {
      ja: `${label}のIDはサービス外の連絡先です。${CONTACT_REASON.ja}`,
      en: `A ${label} id is a contact outside the marketplace. ${CONTACT_REASON.en}`,
    },
    patterns: [
      `${start}${ID_WORD} ?${SEP}? ?${HANDLE}`,
      `${start} ?(?::|=|→|⇒|は) ?${HANDLE}`,
      `${start}.{0,20}?(?<![a-z0-9._%+\\-])@[a-z0-9_][a-z0-9_.]{2,29}`,
      `${start} ?[:=] ?${ID_WORD} ?${SEP}? ?${HANDLE}`,
      `${start}${ID_WORD}(?:は|:)、? ?(?:ろーま字|前半|後半|最初|下の名前|苗字|「[^」]{2,20}」)`,
      `${start} ${HANDLE.replace('[a-z0-9._\\-]{2,29}', '[a-z._\\-]*[0-9_][a-z0-9._\\-]{0,28}')}`,
    ],
    unlessAround: '(スタンプ|公式アカウント|api|sdk|ミニアプリ)',
  };
}

export const SCREENING_RULES: readonly ScreeningRule[] = [
  {
    id: 'email.address',
    category: 'email',
    article: ARTICLE,
    reason: {
      ja: `メールアドレスはサービス外の連絡先です。${CONTACT_REASON.ja}`,
      en: `An email address is a contact outside the marketplace. ${CONTACT_REASON.en}`,
    },
    patterns: [
      '(?<![a-z0-9._%+\\-])[a-z0-9][a-z0-9._%+\\-]* ?@ ?[a-z0-9\\-]+(?: ?\\. ?[a-z0-9\\-]+)* ?\\. ?[a-z]{2,}',
      '(?<![a-z0-9._%+\\-])[a-z0-9][a-z0-9._%+\\-]{1,} ?@ ?(?:gmail|yahoo|ymail|icloud|me|outlook|hotmail|live|docomo|ezweb|au|softbank|i\\.softbank|proton(?:mail)?|nifty|biglobe|ocn)\\b',
      '(?<![a-z0-9._\\-])[a-z0-9][a-z0-9._\\-]{1,} at [a-z0-9\\-]+ (?:dot|\\.) [a-z]{2,}',
      '(?:gmail|じーめーる|yahooめーる|icloud|めあど|めるあど)(?:の?あどれす)? ?(?:は|:|→) ?[a-z0-9][a-z0-9._\\-]{3,}',
    ],
  },
  {
    id: 'phone.number',
    category: 'phone',
    article: ARTICLE,
    reason: {
      ja: `電話番号はサービス外の連絡先です。${CONTACT_REASON.ja}`,
      en: `A phone number is a contact outside the marketplace. ${CONTACT_REASON.en}`,
    },
    detector: 'phone',
    patterns: [],
  },
  service('line', 'line|らいん|えるあいえぬいー|緑のあぷり|みどりのあぷり', 'LINE', true),
  service('instagram', 'instagram|insta|いんすた|いんすたぐらむ|ig', 'Instagram'),
  service(
    'x',
    'x(?= ?: ?@)|twitter|ついったー?|(?:x|えっくす) ?\\(旧 ?(?:twitter|ついったー)\\)|xあかうんと|xのid|えっくす',
    'X (Twitter)',
  ),
  service('facebook', 'facebook|ふぇいすぶっく|fb|messenger|めっせんじゃー', 'Facebook'),
  service('chatwork', 'chatwork|ちゃっとわーく|cw', 'Chatwork'),
  service('skype', 'skype|すかいぷ', 'Skype'),
  service('discord', 'discord|でぃすこーど|でぃすこ', 'Discord'),
  service('telegram', 'telegram|てれぐらむ', 'Telegram'),
  service('whatsapp', 'whatsapp|わっつあっぷ', 'WhatsApp'),
  service('slack', 'slack|すらっく', 'Slack'),
  service('zoom', 'zoom|ずーむ', 'Zoom', true),
  service(
    'other',
    'wechat|微信|kakao|かかお(?:とーく)?|tiktok|てぃっくとっく|threads|すれっず|signal|viber|ばいばー|bluesky|ぶるーすかい|mastodon|ますとどん|misskey|みすきー',
    'messenger',
  ),
  {
    id: 'messenger.named',
    category: 'messenger-id',
    article: ARTICLE,
    reason: {
      ja: `SNSやメッセンジャーのユーザー名はサービス外の連絡先です。${CONTACT_REASON.ja}`,
      en: `A user name on a network or messenger is a contact outside the marketplace. ${CONTACT_REASON.en}`,
    },
    patterns: [
      `${guardedName(`${NETWORKS}|insta|てぃっくとっく|threads`)}[^]{0,40}?${NAME_WORD} ?${HANDLE}`,
      // LINEのIDお伝えしておきますね：hiro1985, インスタのアカウント、yuki_photo: a handle with a digit or _.
      `${guardedName(`${NETWORKS}|insta`)}(?:の)? ?(?:id|あかうんと名?|ゆーざー名)[^。!?]{0,16}?(?:(?::|→|⇒) ?|(?:は|、) ?(?=[a-z._\\-]*[0-9_]))[a-z][a-z0-9._\\-]{2,29}`,
    ],
    unlessAround: TOPIC,
  },
  {
    id: 'messenger.tags',
    category: 'messenger-id',
    article: ARTICLE,
    reason: {
      ja: `メッセンジャーのIDはサービス外の連絡先です。${CONTACT_REASON.ja}`,
      en: `A messenger id is a contact outside the marketplace. ${CONTACT_REASON.en}`,
    },
    patterns: [
      '(?<![a-z0-9])[a-z0-9_.]{2,32}#[0-9]{4}(?![0-9])',
      'live:\\.?(?:cid\\.)?[a-z0-9._\\-]{3,}',
      'skype:[a-z0-9._\\-]{3,}',
    ],
  },
  {
    id: 'link.sns',
    category: 'sns-link',
    article: ARTICLE,
    reason: {
      ja: `SNSやメッセンジャーへのリンクは、サービス外で連絡を取る手段になります。${CONTACT_REASON.ja}`,
      en: `A link to a social network or messenger is a way to reach each other outside. ${CONTACT_REASON.en}`,
    },
    detector: 'link',
    patterns: [],
  },
  {
    id: 'link.personal',
    category: 'personal-url',
    article: ARTICLE,
    reason: {
      ja: `個人のサイトやプロフィールページには連絡先が載っています。参考資料のリンクは、そうとわかるように書いてください。${CONTACT_REASON.ja}`,
      en: `A personal site or profile page carries contact details. Present a reference link as a reference. ${CONTACT_REASON.en}`,
    },
    detector: 'link',
    patterns: [],
  },
  {
    id: 'invitation.ask-contact',
    category: 'contact-invitation',
    article: ARTICLE,
    reason: {
      ja: `連絡先の交換や、その勧誘は禁止されています。${CONTACT_REASON.ja}`,
      en: `Exchanging contact details, or asking for them, is not allowed. ${CONTACT_REASON.en}`,
    },
    patterns: [
      '(?:連絡先|れんらくさき|電話番号|携帯番号|けーたい番号|めあど|めるあど|めーるあどれす|(?<!url|ip|web|さいと|ほーむぺーじ)あどれす|(?<![a-z]|ろぐいん|注文|取引|案件|商品|管理|会員|わーどぷれす|店舗|ゆーざー)id|あいでぃー?|line|らいん|いんすた|instagram|ついったー|twitter|でぃすこーど|discord|skype|すかいぷ|ちゃっとわーく|chatwork|sns)(?:を|も|とか|など|の方|の交換)? ?(?:教え|おしえ|ご?教示|交換|こうかん|送って|送り|お?知らせ|伝え|頂け|いただけ|下さい|ください|くれ|聞いて|きいて|伺え|うかがえ|お?伺い|うかがい|伺わ|登録して|追加して|頂戴|ちょうだい|知りたい|しりたい)',
      '(?:連絡先|めあど|めーるあどれす|らいん|line|id)(?:は|を) ?(?:こちら|下記|以下|↓|プロフ)',
      '(?<![a-z])(?:line|らいん|いんすた|instagram|ついったー|twitter|discord|でぃすこーど|skype|すかいぷ|chatwork|ちゃっとわーく|telegram|てれぐらむ|whatsapp|facebook ?めっせんじゃー|facebook|ふぇいすぶっく|messenger|めっせんじゃー|めあど|gmail|g ?めーる|じーめーる|ぐーぐるの ?めーる|やふー ?めーる|yahoo ?めーる|しょーとめーる|sms|個人の?めーる|個人の?携帯|携帯)(?:の方|のほう)?(?:で|に|へ|から|にて)(?:の)? ?(?:ご?連絡|やり取り|やりとり|お?話|つなが|繋が|続き|ご?相談|送っ|送り|送信|めっせーじ|友達|友だち|追加|登録|dm|質問|お返事|返信)',
      '直接(?:の|に)?(?:やり取り|やりとり|ご?連絡|お?話|つなが|繋が|会話|めーる|お?電話|ちゃっと|めっせーじ|ご?相談|お?会い|交渉)',
      '(?:個人的に|個別に|こっそり|内緒で)(?:ご?連絡|やり取り|やりとり|つなが|繋が|お?話|ご?相談|お?取引|ご?依頼|お?願い|ご?契約)',
      '@[a-z0-9_.]{3,30} ?(?:まで|に|へ|から|宛)? ?(?:dm|でぃーえむ|ご?連絡|めっせーじ|ふぉろー)',
      '(?:いんすた|instagram|ついったー|twitter|x|tiktok)の ?(?:dm|でぃーえむ)',
      '(?<![a-z])(?:line|らいん|いんすた|instagram|ついったー|twitter|discord|でぃすこーど|でぃすこ|skype|すかいぷ|facebook|ふぇいすぶっく|ちゃっとわーく|chatwork|telegram|てれぐらむ|whatsapp|わっつあっぷ|かかお|tiktok|てぃっくとっく|threads|すれっず|sns|えすえぬえす)(?:は|も)? ?(?:やって(?:ます|ますか|いますか|る\\?|おられ|たら|れば|いたら)|して(?:ますか|いますか|る\\?)|使って(?:ます|ますか|いますか)|お持ち)',
      '(?<![a-z0-9._\\-])[a-z._\\-]*[0-9_][a-z0-9._\\-]* ?(?:で|を|って|と)検索',
      '(?:友達|友だち)(?:追加|申請)(?:して|を|お願い|ください|下さい|しても)',
    ],
    unlessAfter: REFUSAL,
    unlessAround: TOPIC,
  },
  {
    // An id written out is a contact whatever words follow it (ハイフンじゃなくアンダーバー is no refusal).
    id: 'messenger.handle',
    category: 'messenger-id',
    article: ARTICLE,
    reason: {
      ja: `メッセンジャーやSNSのIDはサービス外の連絡先です。${CONTACT_REASON.ja}`,
      en: `A messenger or network id is a contact outside the marketplace. ${CONTACT_REASON.en}`,
    },
    patterns: [
      '(?<![a-z]|ろぐいん|注文|取引|案件|商品|管理|会員|わーどぷれす|店舗|ゆーざー|jan|sku|型番)id ?(?:は|:|→) ?@?[a-z][a-z0-9._\\-]{2,29}',
      // Searched for, quoted, or with a digit or underscore in it: ID検索で「kenji-reform」, ID sora_0909.
      '(?<![a-z])id ?検索(?:で|から|:)? ?[「『"]? ?[a-z][a-z0-9._\\-]{2,29}',
      '(?<![a-z]|ろぐいん|注文|取引|案件|商品|管理|会員|ゆーざー|jan|sku|型番)id ?[「『] ?[a-z][a-z0-9._\\-]{2,29} ?[」』]',
      '(?<![a-z]|ろぐいん ?|注文|取引|案件|商品|管理|会員|社員|ゆーざー|てすと ?|用|jan|sku|型番)id ?(?=[a-z._\\-]*[0-9_])[a-z][a-z0-9._\\-]{2,29}(?![a-z0-9._\\-])(?! ?(?:で ?ろぐいん|と ?ぱす|/|ぱすわーど))',
      '前半(?:は|が|:)? ?[a-z][a-z0-9._\\-]{1,20}[^。]{0,6}?後半(?:は|が|:)? ?[a-z0-9._\\-]{2,}',
    ],
    // A login of a test environment is part of the work.
    unlessAround: `(?:${TOPIC}|(?:てすと|検証|本番|開発|すてーじんぐ)環境|ぱすわーど)`,
  },
  {
    id: 'payment.outside',
    category: 'off-platform-payment',
    article: ARTICLE,
    reason: {
      ja: `サービスを通さない取引や支払いは禁止されています。${PAYMENT_REASON.ja}`,
      en: `Deals and payments that bypass the marketplace are not allowed. ${PAYMENT_REASON.en}`,
    },
    patterns: [
      '直接(?:の|に|で)?(?:お?振り?込|振込|お?支払|払|送金|お?取引|取り引き|契約|ご?発注|受注|お?仕事|やり取りで|お?願い|頼(?:ん|め|み|む)|ご?依頼(?:させ|して|いただ|ください|下さい|します|しても|したい|できれば|も))',
      '手数料(?:を|が|の|分)?(?:高い(?:ので|から)|たかい(?:ので|から)|高すぎ|抜き|ぬき|なし|無し|かから|掛から|払わ|払いたく|取られ|節約|浮|もったいな|安く|かっと|省|引かれない|とられ|いらない|要らない)',
      '(?:(?:さいと|さーびす|しすてむ|ぷらっとふぉーむ|あぷり|よろず|ここ|こちら|ここなら|らんさーず|くらうどわーくす)外|外部)(?:で|にて|の)(?:の)?(?:業務委託|ご|お)?(?:取引|お取引|契約|やり取り|やりとり|ご?連絡|お?支払|ご?依頼|お?仕事|決済|お?話|つなが|繋が|やりませ|やりましょ|やりたい|やれ)',
      '(?:(?<=[はもを、 ])|(?<![\\p{Script=Han}\\u30A1-\\u30FA]))外で(?:の)?(?:取引|お取引|契約|やり取り|やりとり|お?支払|ご?連絡|お?話|つなが|繋が|受け(?:て|られ|ます))',
      '(?:さいと|ここ|こちら|しすてむ|ぷらっとふぉーむ|よろず|yorozu|ここなら|らんさーず|くらうどわーくす|仮払い)(?:を|の)?(?:通さ|とおさ|介さ|経由せ|使わ|挟ま|はさま)(?:ず|ない|なく)',
      '(?:paypay|ぺいぺい|楽天ぺい|line ?pay|らいんぺい|paypal|ぺいぱる|au ?pay|d払い|めるぺい|venmo|wise|現金手渡し|現金払い|現金|手渡し|あまぎふ|amazonぎふと|ぎふと券|びっとこいん|仮想通貨|暗号資産)(?:で|にて|へ|に)(?:の)? ?(?:直接 ?)?(?:お?支払|送り|送っ|送ら|送れ|払|送金|お?振り?込|受け取|受取|精算|清算|やり取り|取引|お取引|決済|いただ|もら|お願い|お送り)',
      '(?:paypay|ぺいぺい|楽天ぺい|paypal|ぺいぱる|現金手渡し|現金払い|手渡し|あまぎふ|amazonぎふと|ぎふと券)(?:での)?(?:お?支払い?)?(?:でも|で) ?(?:大丈夫|構いません|かまいません|いい|ok|可能|お願い)',
      '(?:口座|振込先|振り込み先|振込口座|口座番号|paypay ?id|ぺいぺい ?id)(?:を|も|の情報を)? ?(?:教え|おしえ|お?知らせ|お?送り|送って|お?伝え|下さい|ください|頂け|いただけ)',
      '(?:次回|今後|次|二回目|2回目)(?:から|以降)?は? ?直接',
      '(?:きゃんせる|取り下げ|取下げ)(?:して|した上で|してから|後に?)(?:直接|個別|外)',
      '(?:(?<=[はもを、 ])|(?<![\\p{Script=Han}\\u30A1-\\u30FA]))外で[^。!?]{0,30}?(?:取り下げ|取下げ|きゃんせる)(?:て|して|を ?お願い)',
    ],
    unlessAfter: REFUSAL,
    unlessAround:
      '(決済を?(?:導入|実装|連携|対応)|導入|実装|連携|対応させ|お客様|顧客|ユーザー|ecさいと|しょっぷ|店舗|れじ|(?:振り?込み?|出金|送金|決済)の?手数料|記事|執筆|原稿|こらむ)',
  },
  {
    id: 'invitation.channel',
    category: 'contact-invitation',
    article: ARTICLE,
    reason: {
      ja: `やり取りをサービスの外へ移す誘いは禁止されています。${CONTACT_REASON.ja}`,
      en: `Inviting the other party to move the conversation off the marketplace is not allowed. ${CONTACT_REASON.en}`,
    },
    patterns: [
      `${KANA_GUARD}(?:${NETWORKS})(?:の方|のほう)(?:が|で|に|を|へ)`,
      `${KANA_GUARD}(?:${NETWORKS}|zoom|ずーむ)(?:の ?(?:さーばー|ぐるーぷ|るーむ))?(?:に|へ)(?:ご?招待|移動|移行|移り|移ら|うつり|切り替え|切替|来て|入って|参加して)`,
      `${KANA_GUARD}(?:${NETWORKS})(?:で|でも|にて|から)(?:の)? ?(?:ご?連絡|やり取り|やりとり|通話|お?話|ご?相談|つなが|繋が|送(?!られ)|返信|お返事|dm|めっせーじ|ちゃっと|しましょう|しませんか|できます|お願い|受け付け)`,
      `${guardedName(NETWORKS)}(?:で|にて)(?:の)? ?(?:ご?連絡|やり取り|やりとり|お?話|ご?相談|通話)?(?:しません|しましょ|しよう|できれば|できませんか|お願い|ください|下さい|(?:して|し)(?:ください|もらえ|いただ))`,
      `${KANA_GUARD}(?:${NETWORKS}|x)(?:の ?)?(?:ぺーじ|あかうんと|ぐるーぷ)?[^。!?]{0,4}?「[^」]{1,30}」 ?(?:から|に|へ|宛て?に?)[^。!?]{0,4}?(?:めっせーじ|dm|でぃーえむ|ご?連絡|お?問い?合わせ)`,
      '(?:dm|でぃーえむ|ふぉろー)[^。]{0,20}?@[a-z0-9_.]{3,30}',
      `${KANA_GUARD}(?:${NETWORKS}|insta|x)(?: ?\\([^)]{1,12}\\))?(?:で|に|の|から|へ)? ?(?:dm|でぃーえむ)(?:を|で)? ?(?:ください|下さい|して(?:ください|下さい|ね|もらえ|いただ)|お?待ち|お?送り|送って|お?願い)`,
      '(?<![\\p{Script=Han}\\u30A1-\\u30FA])めーる(?:で|にて)(?:の)? ?(?:やり取り|やりとり|お?話|ご?相談)',
      '(?:やり取り|やりとり|ご?連絡)は ?(?:めーる|お?電話)(?:で|にて) ?(?:お願い|させ|しま|でき)',
      '(?:さいと|さーびす|しすてむ|ぷらっとふぉーむ|ここ|こちら)外(?:で|でも|にて)(?:の)? ?(?:ご?対応|お?受け|承)',
      `(?<![a-z0-9._%+\\-])@(?:(?=[a-z]*[0-9_.])[a-z0-9_][a-z0-9_.]{2,29} ?[(]?|[a-z0-9_][a-z0-9_.]{2,29} ?(?:[(]|の ?))(?:の ?)?(?:${NETWORKS}|insta|x|threads)(?![a-z])`,
      '(?<![a-z0-9])x(?: ?(?:の ?あかうんと|で|は|:|も))? ?@[a-z0-9_][a-z0-9_.]{2,29}',
      '(?:声|音声|通話|電話)(?:で|が)?[^。!?]{0,3}?(?:話せる|話す|できる|繋がれる|つながれる)(?:手段|方法|つーる|あぷり)',
      '(?:やり取り|やりとり|連絡|ちゃっと)(?:が|を)?(?:できる|しやすい|用の|に使)[^。!?]{0,4}?(?:つーる|あぷり|手段|sns|めっせんじゃー)(?:[^。!?]{0,10}?(?:使って|あり|あれば|お持ち|やって|教え|ない)|で ?(?:お?話|やり取り|やりとり|ご?連絡|つなが|繋が))',
      'あかうんと(?:名)?(?:は|:|→) ?@[a-z0-9_.]{3,30}',
      '@[a-z0-9_.]{3,30}[^@]{0,12}?(?:dm|でぃーえむ)(?:お待ち|ください|下さい|して|で|にて|へ|まで)',
      '検索して(?:ご?連絡|めっせーじ|dm|友達|友だち|追加|ふぉろー)',
      '(?:ご?連絡|お?電話|お?問い?合わせ)は ?(?:携帯|けいたい|個人|私用|めーる|gmail|line|らいん)',
      '(?<!注文|契約|請求書|請求|見積|商品|会員|管理|追跡|受付|整理|部品|型|品|口座|伝票|合わせ|予約|案件|jan|sku|証明書|登録|識別|製造|ろっと|しりある|郵便|部屋|座席|背|出席|受験|社員|車両|問題)番号(?:を|も)?[^。、]{0,10}?(?:教え|おしえ|お?知らせ|送って|お?送り|送ります|お?伝え|頂け|いただけ|お?伺い|伺え|うかがえ)',
      'あどれす(?:を|も)[。.…!?]*$',
      '(?:別の|他の|ほかの)(?:ところ|所|さいと|さーびす|場所)で[^。]{0,6}?(?:安く|やり|お?取引|契約|受け|お?願い)',
      '(?<![a-z\\p{Script=Han}])直(?:で|に)(?:やり取り|やりとり|取引|連絡|契約|お?願い|ご?依頼|話)',
      '(?:個人|ぱーそなる)(?:の)? ?(?:るーむ|みーてぃんぐ|会議室|pmi)',
      '(?:(?:弊社|当社|私の|わたしの|自分の|うちの|個人の?)(?:hp|ほーむぺーじ|さいと|ぶろぐ)|hp|ほーむぺーじ)(?: ?\\([^)]{1,80}\\))? ?(?:から|より)(?:直接)? ?(?:(?:お?問い?合わせ|ご?連絡|お?申し?込み|ご?依頼)(?:ください|下さい|いただ|頂|お願い)|承り|うけたまわり|受け付け)',
    ],
    unlessAfter: REFUSAL,
    unlessAround: TOPIC,
  },
  {
    id: 'payment.bank',
    category: 'off-platform-payment',
    article: ARTICLE,
    reason: {
      ja: `口座への直接の振込は、サービスを通さない支払いです。${PAYMENT_REASON.ja}`,
      en: `A transfer straight to someone's bank account bypasses the marketplace. ${PAYMENT_REASON.en}`,
    },
    patterns: [
      '(?:銀行|信金|信用金庫|ゆうちょ|口座)(?:に|へ|まで)(?:直接)? ?(?:お?振り?込|振込|送金|入金)',
      '(?:普通|当座)(?:預金)? ?(?:口座)? ?(?:no\\.?|番号)? ?[0-9]{7}(?![0-9])',
      '(?:銀行)?振込(?:に|で)(?:しませんか|しましょう|変え|切り替|しても|して(?:いただ|頂|もら|くだ))',
      '振込先[^。]{0,30}?(?:銀行|信金|ゆうちょ|支店)',
    ],
    unlessAfter: REFUSAL,
    unlessAround: '(仮払い|えすくろー|入金確認|自動化|実装|しすてむ|ふぉーむ|ぷれーすほるだー)',
  },
  ...OUTSIDE_RULES,
  ...SCORE_RULES,
];

/** Rules by id. */
export const RULE_BY_ID: ReadonlyMap<string, ScreeningRule> = new Map(SCREENING_RULES.map((rule) => [rule.id, rule]));
