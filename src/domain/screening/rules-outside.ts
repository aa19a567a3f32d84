// Screening rules for invitations that carry no id at all, and for the routes people point at
// instead of writing their contact: a word about going outside or around the marketplace near
// a word asking to act on it, payment apps and cash, other marketplaces, pointers to a profile,
// a search, a form or a group chat, meeting links, phones given in parts, and email addresses
// described rather than written; also hints (a card or a note left with the work, an id in a
// file name, a fee to be saved, rules too strict to talk under) and requests for a tool to talk on. Same conventions as rules.ts (hiragana folded to katakana,
// every pattern linear: windows are bounded, no nested quantifiers over overlapping classes).
import { ARTICLE, CONTACT_REASON, PAYMENT_REASON, REFUSAL, type ScreeningRule } from './rule-parts';

/** A window inside one sentence. */
const NEAR = (n: number) => `[^。!?]{0,${n}}?`;
/** A window inside one clause. */
const CLAUSE = (n: number) => `[^。!?、,]{0,${n}}?`;

/** Words saying “somewhere else”: an invitation only right before the action. */
const ELSEWHERE = [
  '(?:別|他|ほか)の(?:つーる|あぷり|連絡|手段|方法|場所|ところ|所|さいと|さーびす|ちゃっと|sns|めっせんじゃー|ぷらっとふぉーむ|窓口|形|かたち)',
  '別(?:さーびす|さいと|ぷらっとふぉーむ)(?=で ?(?:ご?契約|お?取引|やり取り|やりとり|ご?連絡|お?話|お?支払))',
  '個人的に(?!は)',
  '(?<![a-z])sns(?:の ?あかうんと|あかうんと)?(?:など|とか|か|を|の ?id)',
].join('|');

/** Words saying “outside this marketplace”, “around it”, or naming a way to reach someone. */
const OUTSIDE = [
  '(?:ここ|この ?(?:さいと|さーびす|あぷり))(?:以外(?!に)|じゃない|ではない)',
  '(?:さいと|さーびす|ぷらっとふぉーむ|あぷり|ここ)(?:の)?外',
  '(?<![\\p{Script=Han}\\u30A1-\\u30FA])外(?:部)?で(?:一度|直接|個別に|こっそり|お茶|お会い|会)|(?:一度|今度|どこか)外で',
  '個人間(?:で|の)|個人宛て?(?:に|で)|私個人|個人(?:の|で)(?:めーる|連絡先|あかうんと|携帯|番号|口座|窓口|お?仕事)',
  '直契約|直取引|直接(?:の)?(?:お?取引|契約)',
  '(?<![\\p{Script=Han}])直(?:で|に|接)',
  '(?:を|は|も)(?:通さ|とおさ|介さ|経由せ|経由し|挟ま|はさま)(?:ず|ない|なく)',
  '個別(?:に|の|で)?(?:ご?契約(?!書)|お?取引)',
  'まーじん(?:なし|無し|抜き|を?取られ|が?かから|分|が?もったいな|が?ない|ぜろ|0)',
  '(?:手数料|(?:しすてむ)?利用料|さーびす料)(?:なし|無し|抜き|の?かからない|を?(?:取られ|引かれ)(?:ない|ず)|が?もったいない)',
].join('|');

/** Words naming a way to reach someone. */
const CONTACT_WORDS = [
  '連絡(?:先|手段|方法|用の|つーる)|れんらくさき',
  '普段(?:使って(?:る|いる)|の)(?:連絡|あぷり|つーる|sns)',
  'めあど|めるあど|めーるあどれす|(?:お|携帯|けーたい)?電話番号',
].join('|');

/** After a contact word: it names a field or a kind of data (電話番号の桁数, 電話番号や住所を話している箇所), not a request. */
const NOT_A_FIELD = '(?!の(?!交換|方|ほう|ご?案内)|欄|入力|形式|(?:や|・)[^。!?]{0,8}?話して(?:いる|る))';

/** Words asking to act: tell, exchange, talk, contract, pay, send, apply, meet. */
const ACTION =
  '(?:教え|おしえ|ご?教示|やれ(?:たら|れば|ませ)|交換|お?(?<!電)話|やり取り|やりとり|ご?連絡|れんらく|契約|ご?依頼|お?支払|払|送っ|送り|送れ|申し?込|繋が|つなが|お?会い|会え|お?取引|受けて|受け(?:られ|ます)|お?仕事|ご?相談|移|やりません|やりましょ|頂戴|ちょうだい|知りたい|しりたい|聞いて|伺|お?願いでき)';

/** Stronger words (outside, around, a contact) also take a plain request or a question. */
const ACTION_OR_ASK = `(?:${ACTION}|お?願い(?:します|したい)|お?付き合い|続け|しませんか|しましょう|打ち合わせ|(?:あり(?:ます)?|ある|ない)(?:か|ですか|でしょうか)? ?\\?|あり(?:ます|ません)か|どう(?:でしょう|ですか|かな)|させて(?:ください|下さい|いただ|もら|ほし))`;

/** The marketplace's own features: talking here is what the rules ask for. */
const OWN_FEATURES =
  '((?:こちら|ここ)のめっせーじ(?:のみ|だけ|で(?:お願い|やり))|めっせーじ機能|連絡申請|このさいとの(?:めっせーじ|ちゃっと|機能|仮払い)|この ?さいと(?:から|経由|を通|上で|で(?!は))|さいと内|さーびす内|仮払い|えすくろー|取引めっせーじ)';

const PAY_METHODS =
  'line ?pay|らいんぺい|paypay|ぺいぺい|楽天ぺい|楽天きゃっしゅ|楽天cash|paypal|ぺいぱる|stripe|すとらいぷ|square|すくえあ|kyash|めるぺい|merpay|au ?pay|d払い|wise|payoneer|venmo|revolut|usdt|仮想通貨|暗号資産|びっとこいん|(?<![a-z])btc(?![a-z])|あまぎふ|amazon ?ぎふと|あまぞん ?ぎふと|ぎふと券|ぎふとかーど|現金|手渡し';

/** What a payment app sends: a QR code, an invoice, a payment link. */
const PAY_THING =
  '(?:の ?)?(?:決済|支払い?|送金|請求)?(?:りんく|url|qr ?(?:こーど)?(?:の ?画像)?|ぺーじ|請求書|いんぼいす|invoice)';

const MARKETPLACES =
  '(?<![a-z])base(?= ?の ?しょっぷ| ?しょっぷ)|ここなら|coconala|らんさーず|lancers|くらうどわーくす|crowdworks|すとあか|minne|みんね|creema|くりーま|びざすく|visasq|たいむちけっと|timeticket|めるかり|mercari|すきま|skima|(?<![a-z])mosh(?![a-z])|もっしゅ|(?<![a-z])menta(?![a-z])|めんた';

const NETWORK_NAMES =
  'line|らいん|いんすた|instagram|ついったー|twitter|(?<![a-z])x(?![a-z])|facebook|ふぇいすぶっく|youtube|ゆーちゅーぶ|tiktok|google|ぐーぐる|note|ここなら';

const CHANNELS =
  'line|らいん|ちゃっとわーく|chatwork|slack|すらっく|discord|でぃすこーど|でぃすこ|google ?chat|ぐーぐるちゃっと|teams|ちーむず|telegram|てれぐらむ|whatsapp|わっつあっぷ|かかお|kakao|wechat|viber|signal|messenger|めっせんじゃー|line ?works|skype|すかいぷ';

const MAIL_PROVIDERS =
  'g ?mail|g ?めーる|じーめーる|やふー ?めーる|yahoo ?めーる|yahoo|やふー|icloud|あいくらうど|outlook|あうとるっく|hotmail|ほっとめーる|(?:google|ぐーぐる|g00gle)(?:の ?(?:めーる|やつ))?';
const USER_WORD =
  '(?:(?:あどれす|めーる|めあど)は|ゆーざー ?名|ゆーざーねーむ|あかうんと名|(?:@|あっと(?:まーく)?) ?の ?前|あどれすの前半|前半|前(?=は))(?:は|が|:)? ?「?';
/** A mail domain written without the name before the @ (…ローマ字にして＋@yahoo.co.jp). */
const BARE_DOMAIN =
  '(?<![a-z0-9._%\\-])@ ?(?:gmail|yahoo|icloud|outlook|hotmail|docomo|ezweb|softbank|au)\\.(?:com|co\\.jp|ne\\.jp|jp)';
const MAIL_HANDLE = '[a-z][a-z0-9._\\-]{2,29}';

export const OUTSIDE_RULES: readonly ScreeningRule[] = [
  {
    id: 'invitation.outside',
    category: 'contact-invitation',
    article: ARTICLE,
    reason: {
      ja: `サービスの外や、サービスを通さない形でのやり取りへの誘いは禁止されています。${CONTACT_REASON.ja}`,
      en: `Inviting the other party to talk or deal outside the marketplace, or around it, is not allowed. ${CONTACT_REASON.en}`,
    },
    patterns: [
      `(?:${OUTSIDE})${CLAUSE(16)}${ACTION_OR_ASK}`,
      `(?<![a-z])(?:${NETWORK_NAMES}|${CHANNELS})(?:に|で|にも)(?:あ|い|や)${NEAR(12)}(?:そっち|そちら|あっち|あちら)(?:で|に|から)${NEAR(3)}(?:お?話[しせ]|やり取り|やりとり|ご?連絡|dm|めっせーじ|続き|ご?相談)`,
      `(?:${CONTACT_WORDS})${NOT_A_FIELD}${NEAR(16)}${ACTION_OR_ASK}`,
      `(?:${ELSEWHERE})(?:で|に|の)?${CLAUSE(4)}${ACTION}`,
      `(?:やり取り|やりとり|ご?連絡|お?話|続き|ご?相談)(?:は|を)、?${CLAUSE(8)}(?:別|他|ほか)の(?:場所|ところ|所|つーる|あぷり|さいと|さーびす|ちゃっと|手段)`,
      `直接(?:の ?ほう|の方)(?:が|で)${NEAR(10)}(?:楽|安|お得|手数料)`,
      `(?:手数料|利用料|まーじん)${NEAR(6)}払うの(?:って|は|が|も)?(?:もったいな|ばからし|馬鹿らし|惜し)`,
      `(?:通話|連絡|ちゃっと|めっせーじ)(?:用の ?)?あぷり(?!開発|制作|作成|の開発|を作)(?:は|って)?${NEAR(4)}(?:何|なに|どれ|どこ)${NEAR(4)}(?:使|お持ち|入れ)`,
      `(?:お?支払い?|決済|精算|お代|代金|報酬)(?:だけ|のみ)(?:は|を)? ?(?:別(?!途)|直接|外)`,
      `(?<!(?:交通費|実費|材料費|駐車場?代)(?:は|も)? ?)現地で(?:の)?(?:お?支払|精算|清算|現金|払)`,
      `(?<![\\p{Script=Han}])番号(?:を|の)?(?:交換|こうかん)`,
      `(?:手数料|利用料|まーじん)${NEAR(12)}(?:損|もったいな|きつ|キツ|高すぎ)${NEAR(20)}(?:何か|なにか|いい|良い|うまい|上手い)(?:方法|手|やり方)`,
      `(?:運営|管理者|さいと側|事務局)(?:に|には|から|側に)${NEAR(6)}(?:ばれ|見られ(?:ない|ず)|知られ(?:ない|ず)|内緒|ないしょ|秘密)`,
      `(?:規約|運営)(?:が|は)${NEAR(10)}(?:厳し|うるさ|きびし)${NEAR(12)}(?:話しにく|言いにく|書きにく|察し)`,
    ],
    unlessAfter: REFUSAL,
    unlessAround: OWN_FEATURES,
  },
  {
    id: 'payment.methods',
    category: 'off-platform-payment',
    article: ARTICLE,
    reason: {
      ja: `決済アプリや現金、ギフト券、暗号資産での支払いは、サービスを通さない支払いです。${PAYMENT_REASON.ja}`,
      en: `Paying by a payment app, cash, gift cards or crypto bypasses the marketplace. ${PAYMENT_REASON.en}`,
    },
    patterns: [
      `(?:${PAY_METHODS})[)]? ?${PAY_THING}?(?:で|でも|にて|経由で?|へ|に)(?:の)? ?${NEAR(10)}(?:お?支払|払|送|受け取|受取|もら|いただ|頂|精算|清算|決済|お?渡し|振り?込)`,
      `(?:${PAY_METHODS})(?:払い?|ばらい|決済)(?:に|で|でも|なら|だと|ok|可|大丈夫|おっけー)`,
      `(?:${PAY_METHODS})(?:の|で)? ?(?:送金|支払い?|決済|請求)?(?:用)?${PAY_THING}${NEAR(10)}(?:送|添付|発行|貼|載せ|お?渡し|見せ)`,
      `(?:お?支払い?|送金|お?振込み?|決済|精算|報酬|お代)(?:は|を|も)${NEAR(6)}(?:${PAY_METHODS})(?:で|に|にて|へ|経由)`,
      'うぉれっと ?あどれす',
      `(?:口座|振込先|振り込み先)(?:は|を|も)${NEAR(8)}(?:送り|送っ|お?伝え|お?知らせ|教え)`,
      '(?:ゆうちょ|口座)[^。]{0,6}?記号 ?[0-9]{4,5}',
      '記号 ?[0-9]{5} ?番号 ?[0-9]{6,8}',
      `(?:お代|代金|報酬|お金|料金|残金|残り|差額|お支払い?|謝礼)(?:は|を|も)${NEAR(20)}(?:直接|手渡し|現金|現地で)`,
    ],
    unlessAfter: REFUSAL,
    unlessAround:
      '(仮払い|えすくろー|導入|実装|連携|対応(?:させ|し)|お客様|顧客|れじ|決済方法の|さいと上|こちらの決済|返金|作成|制作|でざいん|ばなー|店頭|ぽっぷ|(?<![a-z])pop(?![a-z])|ぽすたー|ちらし|記事|ぶろぐ|きゃんぺーん)',
  },
  {
    id: 'invitation.marketplace',
    category: 'contact-invitation',
    article: ARTICLE,
    reason: {
      ja: `ほかのサービスへ取引を移す誘いは、この場の外での取引への誘いです。${CONTACT_REASON.ja}`,
      en: `Inviting the other party to move the deal to another marketplace takes it outside this one. ${CONTACT_REASON.en}`,
    },
    patterns: [
      // 「初めてココナラで…」 tells one's own history there, not an invitation.
      `(?<![a-z]|初めて|はじめて)(?:${MARKETPLACES})(?:で(?!は)|に|にも|の|のほう|の方|でも|から|経由|以外(?:でも|で))${CLAUSE(25)}(?:(?:そちら|あちら|そっち|あっち)で|して(?:もら|いただ|頂|くだ)|売って|販売して|出品して|あかうんと(?:が|も)?あ|やって(?:ます|いま)|契約|ご?依頼|申し?込|(?:購入|予約)(?!し(?:た|まし))|買って|検索|出して|出品して|安く|取引|ご?連絡|注文して|発注して|受け(?:て|付けて)(?:ます|いま|おり)|ゆーざー名|登録して(?:ます|る|いま|お))`,
    ],
    unlessAfter: REFUSAL,
  },
  {
    id: 'invitation.pointer',
    category: 'contact-invitation',
    article: ARTICLE,
    reason: {
      ja: `プロフィールのリンクや検索、外部のフォームやグループへの案内は、連絡先を書くのと同じです。${CONTACT_REASON.ja}`,
      en: `Pointing the other party to a profile link, a search, an outside form or a group chat is the same as writing a contact. ${CONTACT_REASON.en}`,
    },
    patterns: [
      `ぷろふ(?:ぃーる)?${NEAR(10)}(?:りんく|url|qr)${NEAR(12)}(?:から|を|より|で)${NEAR(8)}(?:飛|読|入|ご?連絡|登録|追加|予約|お?問|申し?込|繋|つなが|ふぉろー)`,
      '(?:りんく|url|qr ?こーど|qr|連絡先|id)(?:は|を|も)? ?ぷろふ(?:ぃーる)?(?:欄|画像)?(?:に|から|の)',
      `qr ?(?:こーど)?${NEAR(12)}(?:読み取|読み込|すきゃん)${NEAR(15)}(?:繋が|つなが|友達|友だち|追加|ご?案内|ご?連絡|公式)`,
      `概要欄(?:に|の|から|を)${NEAR(12)}(?:問い?合わせ|連絡|めーる|りんく|ご?依頼|申し?込)`,
      'forms\\.gle|google\\.com/forms',
      '(?:(?:問い?合わせ|予約|申し?込み?)|(?:hp|ほーむぺーじ|ぶろぐ)の ?)ふぉーむ(?:から|より)(?!の)',
      `(?:hp|ほーむぺーじ|さいと|ぶろぐ|note|ぷろふぃーる|ぷろふ)(?:に|の|から|で|を)?${NEAR(10)}(?:連絡先|めあど|めーるあどれす|問い?合わせ|お?問合せ|こめんと欄)${NEAR(10)}(?:あ|載|から|ください|下さい|して|でき)`,
      '(?:hp|ほーむぺーじ|ぶろぐ|note|ぷろふぃーる|ぷろふ)(?:から|より)(?:直接)? ?(?:お?問い?合わせ|ご?連絡|ご?依頼|お?申し?込み?)(?:ください|下さい|いただ|頂|でき|お願い)',
      '(?:めあど|めーるあどれす|連絡先|電話番号)(?:は|を|も)? ?(?:ぷろふ|ほーむぺーじ|hp|さいと|ぶろぐ)(?:ぃーる)?(?:に|で|から|の)',
      `公式(?:line|らいん)(?:あかうんと)?(?:から|に|へ|で|を|の ?友だち|の ?友達)${NEAR(6)}(?:ご?予約|友達|友だち|追加|登録|ご?連絡|お?問)`,
      `公式あかうんと(?:から|に|へ|で|を)${NEAR(10)}(?:友達|友だち|ご?予約|ご?案内|ご?連絡|追加|登録|友達|返信|お?問)`,
      `(?:おーぷんちゃっと|おぷちゃ)${NEAR(25)}(?:参加|入っ|招待|来て|ご?連絡|回せ|送)`,
      `(?:名刺|ちらし|しょっぷかーど|連絡先(?:を ?)?(?:書いた|の)?(?:紙|めも|かーど))${NEAR(20)}(?:同梱|同封|入れておき|入れとき|置いて(?:いき|おき)|置いとき)`,
      `(?:名刺|ちらし|しょっぷかーど)${NEAR(30)}(?:次回|今後|以降)${NEAR(8)}(?:ご?連絡|お?電話|ご?依頼|頼|お?問|(?:そちら|その|こちら)の(?:番号|連絡先))`,
      `qr ?(?:こーど)?(?:から|で)${NEAR(4)}(?:繋が|つなが|友達|友だち|ご?連絡)`,
      `外部(?:の ?)?(?:りんく|さいと|ぺーじ)[^]{0,40}?(?:の方が|のほうが|だと|なら)${NEAR(6)}(?:安|お安|お得|割引)`,
      `(?:(?<![a-z])(?:${NETWORK_NAMES}|${CHANNELS})(?:の ?)?(?:id|あかうんと|ゆーざー名)|連絡先)(?:は|も) ?(?:ふぁいる名|添付(?:ふぁいる|画像)?|画像|名刺)(?:の ?(?:通り|とおり|中|裏)|に|を|から|で)`,
      '(?<![a-z])(?:line|insta(?:gram)?|ig|twitter|discord|skype|kakao|wechat|tiktok)[-_.]?id[-_.]?(?!list|map|data|table|sample|test)[a-z]+[0-9]+\\.(?:pdf|png|jpe?g|gif|docx?|xlsx?|zip|txt)',
    ],
    unlessAfter: REFUSAL,
    unlessAround:
      '(作成|構築|実装|制作|設置|運用|代行|開発|導入|でざいん(?:を|して|の?依頼|案)|設計|導線|施策|集客|お客様|顧客|店頭|ぽっぷ|仕組み)',
  },
  {
    id: 'invitation.call',
    category: 'contact-invitation',
    article: ARTICLE,
    reason: {
      ja: `電話やメッセンジャーでの通話・招待は、サービスの外で連絡を取る誘いです(電話が必要なときはサービス外連絡申請をお使いください)。${CONTACT_REASON.ja}`,
      en: `Asking for a call or inviting the other party to a messenger is an invitation to talk outside (use a request for outside contact when a call is needed). ${CONTACT_REASON.en}`,
    },
    patterns: [
      `(?<![a-z])(?:${CHANNELS})(?:の ?(?:わーくすぺーす|ちゃんねる|さーばー|ぐるーぷ|るーむ|ぐるちゃ|こみゅにてぃ))?(?:に|へ|の)? ?(?:ご?招待(?!制)|qr ?(?:こーど)?(?:を|も)? ?(?:お?送り|送っ|貼|載せ|お?見せ))`,
      `お?電話(?:で|にて)${CLAUSE(8)}(?:お?話し?(?:でき|し(?:ませ|まし|たい))|ご?相談(?:でき|し(?:ませ|まし|たい))|ご?説明(?:でき|し(?:ます|たい))|お?伝え(?:します|しま|でき|したい))`,
      `(?<![a-z])(?:${CHANNELS}|zoom|ずーむ|google ?meet|ぐーぐるみーと)(?:で|にて) ?(?:やり取り|やりとり|打ち合わせ|お?話し?|通話|面談|ご?相談|みーてぃんぐ)(?:しま|しませ|でき|させ|を?お願い)`,
      `(?<![a-z])(?:zoom|ずーむ|(?:google|ぐーぐる) ?(?:meet|みーと)|teams|ちーむず|webex|skype|すかいぷ|${CHANNELS})(?:の ?)?(?:会議|みーてぃんぐ)?(?:りんく|url|招待(?:りんく|url)?)(?:を|は)? ?${NEAR(4)}(?:お?送り|送っ|送ら|貼|共有|発行し)`,
      `(?:お?電話|通話)(?:の方|のほう)(?:が|で)${NEAR(12)}(?:早|楽|伝わ)${NEAR(10)}(?:かけ|お?電話|いい(?:です)?か|よろしい|でしょうか|\\?|ください|いただけ)`,
      'お?電話(?:を)?(?:いただけ|頂け|ください|下さい|もらえ|ちょうだい|差し上げ|さしあげ|かけます|しますね|させていただ)',
      'お?電話(?:して|させて|をかけて|かけて)(?:も)? ?(?:いい|よろしい|大丈夫|構いません|かまいません)',
      '(?:sms|しょーとめーる|しょーとめっせーじ)(?:で|に|を|でも)? ?(?:ください|下さい|お?送り|送って|ご?連絡|お?願い|大丈夫|ok)',
      '(?:→|⇒|👉) ?@[a-z0-9_][a-z0-9_.]{2,29}',
      '招待(?:用|する|を送る|先)の? ?(?:めーる)?(?:あどれす|めあど)',
      `qr ?(?:こーど)?${NEAR(12)}(?<![a-z])(?:${CHANNELS})(?:で|から|に)${NEAR(4)}(?:読み取|読み込|すきゃん|追加|登録)`,
    ],
    unlessAfter: REFUSAL,
    unlessAround:
      '(申請|代行|店頭|ぽっぷ|仕組み|ぼっと|(?<![a-z])bot(?![a-z])|対応業務|問い合わせ対応|ひありんぐ代行|実装|認証|開発|制作|作成|ちらし|名刺|原稿|文言|きゃっち|ばなー|広告|ぽすたー|台本|記事)',
  },
  {
    id: 'invitation.search',
    category: 'contact-invitation',
    article: ARTICLE,
    reason: {
      ja: `名前で検索してもらうよう案内するのは、連絡先を書くのと同じです。${CONTACT_REASON.ja}`,
      en: `Asking the other party to look you up by name is the same as writing a contact. ${CONTACT_REASON.en}`,
    },
    patterns: [
      `(?<![a-z])(?:${NETWORK_NAMES})(?:で|の)${NEAR(4)}「[^」]{1,30}」 ?(?:で|と|って)? ?(?:検索|さーち|ぐぐ)`,
      '(?:僕|私|わたし|ぼく|自分|弊社|当社|うち)の(?:名前|屋号|店名|会社名|事務所名|あかうんと|ちゃんねる)[^。!?]{0,6}?(?:で|を|と)? ?(?:ぐぐ|検索|さーち)',
      '」 ?(?:で|と|って) ?(?:検索(?:すると|すれば|したら|して)|ぐぐ[れっるら]|さーち|調べ(?:てもらえれば|ていただければ|てもらえたら|れば|たら|てみてください))',
      '(?:電話番号|番号)で ?(?:検索|追加)(?:でき|して)',
      `(?<![a-z])(?:${NETWORK_NAMES}|${CHANNELS}|threads|tiktok|てぃっくとっく)(?:でも|で|にも|に)${NEAR(4)}(?:同じ|この)(?:名前|あかうんと名?|ゆーざー名|名義)(?:で|の)${NEAR(3)}(?:やって|い(?:ます|る)|出てき|検索|あり)`,
      `同じ(?:id|名前|あかうんと名?|ゆーざー名)で${NEAR(8)}(?<![a-z])(?:${NETWORK_NAMES}|${CHANNELS}|threads|緑のあぷり)(?:に|で|を|も)? ?(?:い(?:ます|る)|やって|登録|出て)`,
      '(?:ゆーざー ?名|あかうんと名|名前|id)の ?(?:あと|後|うしろ|後ろ)に ?「?\\.(?:com|jp|net|co\\.jp)',
      '「@[a-z0-9_.]{3,30}」 ?(?:を|で)? ?(?:検索|追加)',
      '(?:あかうんと名?|ゆーざー ?名|にっくねーむ|この名前|同じ名前)(?:で|を) ?(?:検索|ぐぐ|さーち)(?:すれば|したら|すると|して(?:ください|下さい|みて|もらえ|いただ)|って|れば|ったら)',
      `(?:ぐぐ|検索し)${NEAR(14)}(?:番号|連絡先|めあど|あかうんと|sns|ほーむぺーじ|hp)(?:が|も)? ?(?:出て|でて|出ます|わか|載)`,
      `(?<![a-z])(?:${NETWORK_NAMES})で${NEAR(15)}(?:で|と|って) ?(?:検索|出てき|でてき|ひっと)`,
    ],
    unlessAfter: REFUSAL,
    unlessAround: '(上位|順位|seo|表示|ひっと率|きーわーど|対策|広告|流入|検索結果|機能|実装|画面)',
  },
  {
    id: 'meeting.id',
    category: 'messenger-id',
    article: ARTICLE,
    reason: {
      ja: `会議のIDやパスコードは、サービスの外で話す手段です。${CONTACT_REASON.ja}`,
      en: `A meeting id or passcode is a way to talk outside the marketplace. ${CONTACT_REASON.en}`,
    },
    patterns: [
      '(?:みーてぃんぐ|会議|zoom|ずーむ|teams|ちーむず)(?:の)? ?(?:id|番号|あいでぃー)(?:は|:)? ?[0-9]{3}[ -]?[0-9]{3,4}[ -]?[0-9]{3,4}',
      '(?:ぱすこーど|passcode)(?:は|:)? ?[a-z0-9]{4,12}',
    ],
  },
  {
    id: 'phone.parts',
    category: 'phone',
    article: ARTICLE,
    reason: {
      ja: `分けて書いても電話番号はサービス外の連絡先です。${CONTACT_REASON.ja}`,
      en: `A phone number given in parts is still a contact outside the marketplace. ${CONTACT_REASON.en}`,
    },
    patterns: [
      '(?:市外局番|局番)(?:は|が|:)? ?0[0-9]{1,4}',
      '(?:下|最後の ?|末尾の ?|後ろの ?)(?:4|四|よん)桁(?:は|が|:)? ?[0-9]{4}',
      '(?:頭|最初|上)(?:の ?)?(?:(?:3|三)桁)?(?:は|が|:) ?(?:0|ぜろ|まる|れい)[ -]?(?:[5789]|ご|なな|はち|きゅう|きゅー|く)',
      '(?<![0-9+])\\+(?!81)[1-9][0-9]{0,2}[ -]?[0-9]{2,4}[ -]?[0-9]{3,4}[ -]?[0-9]{3,4}(?![0-9])',
      '(?:(?<![0-9])0[5789]0|ぜろ ?(?:きゅう|きゅー|く|はち|なな) ?ぜろ)[^0-9]{1,16}(?:[0-9]桁[^0-9]{0,6})?(?!0000)[0-9]{4}[-、,. ]?(?!0000)[0-9]{4}(?![0-9])',
    ],
  },
  {
    id: 'email.described',
    category: 'email',
    article: ARTICLE,
    reason: {
      ja: `言葉で説明したメールアドレスも、サービス外の連絡先です。${CONTACT_REASON.ja}`,
      en: `An email address described in words is still a contact outside the marketplace. ${CONTACT_REASON.en}`,
    },
    patterns: [
      `${USER_WORD}${MAIL_HANDLE}[^]{0,40}?(?:${MAIL_PROVIDERS})(?! ?\\. ?[a-z])`,
      `(?:${MAIL_PROVIDERS})[^]{0,40}?${USER_WORD}${MAIL_HANDLE}`,
      `(?<![a-z0-9._\\-])[a-z0-9][a-z0-9._\\-]{2,} ?(?:@|あっと(?:まーく)?|\\(あ\\)) ?(?:${MAIL_PROVIDERS})(?! ?\\. ?[a-z])`,
      `(?<![a-z0-9._\\-])[a-z][a-z0-9]*[._\\-0-9][a-z0-9._\\-]{1,28} ?\\((?:${MAIL_PROVIDERS})\\)`,
      `(?:後ろ|うしろ|最後)に ?(?:${MAIL_PROVIDERS}) ?(?:を)?(?:つけ|付け|くっつけ|足し)`,
      `(?:めーる|めあど|めるあど|あどれす)(?:は|:) ?(?:${MAIL_PROVIDERS})(?:です|で)?[。、,.!]? ?[a-z][a-z0-9]*[._\\-0-9][a-z0-9._\\-]{1,28}`,
      '(?<![a-z0-9.])(?:moc|ten|gro|pj(?:\\.(?:oc|en|ro))?)\\.[a-z0-9\\-.]{2,30} ?@ ?[a-z0-9._\\-]{2,}',
      '(?:後ろ|うしろ)に ?@|@ ?(?:gmail|yahoo|icloud|outlook|hotmail)[a-z.]*(?:を|)(?:つけ|付け|くっつけ)',
      `どめいん(?:は|が) ?(?:${MAIL_PROVIDERS})`,
      `(?:${MAIL_PROVIDERS}) ?(?:の ?(?:方|ほう)(?:に|へ|で|は)?|の|は|:|で|→|⇒|↓|=)? ?「?[a-z][a-z0-9]*[._\\-0-9][a-z0-9._\\-]{1,28}`,
      `(?:めあど|めるあど|めーるあどれす|あどれす|ろーま字|にっくねーむ|名前)${NEAR(30)}${BARE_DOMAIN}`,
    ],
  },
];
