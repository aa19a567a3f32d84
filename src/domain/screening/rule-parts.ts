// Parts the screening rules share: their shape, the article they apply, the reasons shown to
// the sender, and the words around a match that make it something else (a refusal, a topic).

export type ScreeningCategory =
  | 'email'
  | 'phone'
  | 'messenger-id'
  | 'sns-link'
  | 'personal-url'
  | 'off-platform-payment'
  | 'contact-invitation';

export interface ScreeningRule {
  id: string;
  category: ScreeningCategory;
  /** The article of the terms the rule applies. */
  article: string;
  reason: { ja: string; en: string };
  detector?: 'phone' | 'link' | 'score';
  patterns: readonly string[];
  /** Words in the 20 characters after a match that make it a refusal or a quotation. */
  unlessAfter?: string;
  /** Words in the 25 characters either side that make the network the topic. */
  unlessAround?: string;
}

/**
 * A network's name not inside a word: a Latin name must not follow a Latin letter (online), a
 * kana name must not follow kana (オンライン); a Latin name may follow kana (わたしのLINEは…).
 * The checks look back from the end of the name, so the name itself is looked for first (fast).
 */
export function guardedName(names: string): string {
  return `(?:${names})(?<![a-z](?:${names}))(?<![\\u30A1-\\u30FA](?=[^a-z0-9])(?:${names}))`;
}

export const ARTICLE = '第7条(直接取引の禁止)';
export const CONTACT_REASON = {
  ja: '連絡先を交換すると、サービスの外で取引が始まりがちです。外での取引には仮払いの保護も評価もなく、トラブルの際に当社がお手伝いできません。連絡はメッセージ機能でお願いします。',
  en: 'Exchanged contact details tend to move a deal off the marketplace, where there is no escrow, no review and no help from us if something goes wrong. Please keep talking through the messages here.',
};
export const PAYMENT_REASON = {
  ja: '報酬はすべて仮払いを通して受け渡します。外での支払いは保護されず、未払いや詐欺の被害が戻りません。',
  en: 'All payments go through escrow here. A payment made outside is not protected: unpaid work or fraud cannot be put right.',
};

/** A refusal or a quotation of the rule next to the words: not an invitation. */
export const REFUSAL =
  '(、?という(?:文言|文|表記|一文|案内|こぴー|きゃっち)|ではなく|じゃなく|にあたる|にあたり|について|できません(?!か)|できない(?!か|でしょう)|出来ません(?!か)|禁止|しません(?!か|\\?)|しない(?!か|でしょう)|ご遠慮|お断り|控え|不可|(?<![a-z])ng(?![a-z])|ダメ(?!ですか|でしょうか|かな)|だめ(?!ですか|でしょうか|かな)|違反|規約|お受けでき|行っておりません|しておりません|致しておりません|受け付けておりません|いたしません|致しません|いたしかね|致しかね|不要|必要(?:は|も)?(?:ありません|ない|なし))';
/** The network is the topic of the work, not a channel to the member. */
export const TOPIC =
  '(公式|運用|代行|施策|集客|配信|導入|実装|連携|開発|構築|制作|作成|デザイン|スタンプ|広告|フォロワー|投稿|リール|ストーリー|お客様|顧客|ユーザー(?!名)|ショップ|(?<![a-z])ec(?![a-z])|機能|ボット|(?<![a-z])bot(?![a-z])|(?<![a-z])api(?![a-z])|(?<![a-z])lp(?![a-z])|分析|マーケ|店舗|バナー|ヘッダー|アイコン)';
