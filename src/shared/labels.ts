// Fixed choices shown in forms, with their Japanese and English labels. Stored values are
// the keys; labels are for display only.

export const OCCUPATIONS = {
  homemaker: { ja: '主婦・主夫', en: 'Homemaker' },
  employee: { ja: '会社員', en: 'Company employee' },
  student: { ja: '学生', en: 'Student' },
  freelance: { ja: 'フリーランス', en: 'Freelancer' },
  executive: { ja: '経営者', en: 'Business owner' },
  other: { ja: 'その他', en: 'Other' },
} as const;
export type Occupation = keyof typeof OCCUPATIONS;
export const OCCUPATION_KEYS = Object.keys(OCCUPATIONS) as [Occupation, ...Occupation[]];

export const TIMES_OF_DAY = {
  morning: { ja: '朝(6〜9時)', en: 'Early morning (6–9)' },
  daytime: { ja: '日中(9〜17時)', en: 'Daytime (9–17)' },
  evening: { ja: '夕方(17〜20時)', en: 'Evening (17–20)' },
  night: { ja: '夜間(20時以降)', en: 'Night (after 20)' },
  weekend: { ja: '土日祝', en: 'Weekends and holidays' },
} as const;
export type TimeOfDay = keyof typeof TIMES_OF_DAY;
export const TIME_OF_DAY_KEYS = Object.keys(TIMES_OF_DAY) as [TimeOfDay, ...TimeOfDay[]];

export const INTENTS = {
  work: { ja: '仕事を受けたい(受注者)', en: 'I want to work' },
  order: { ja: '仕事を依頼したい(発注者)', en: 'I want to order work' },
  both: { ja: '両方', en: 'Both' },
} as const;
export type Intent = keyof typeof INTENTS;
export const INTENT_KEYS = Object.keys(INTENTS) as [Intent, ...Intent[]];

/** JIS X 0401 prefecture codes. */
export const PREFECTURES: Record<string, { ja: string; en: string }> = {
  '01': { ja: '北海道', en: 'Hokkaido' },
  '02': { ja: '青森県', en: 'Aomori' },
  '03': { ja: '岩手県', en: 'Iwate' },
  '04': { ja: '宮城県', en: 'Miyagi' },
  '05': { ja: '秋田県', en: 'Akita' },
  '06': { ja: '山形県', en: 'Yamagata' },
  '07': { ja: '福島県', en: 'Fukushima' },
  '08': { ja: '茨城県', en: 'Ibaraki' },
  '09': { ja: '栃木県', en: 'Tochigi' },
  '10': { ja: '群馬県', en: 'Gunma' },
  '11': { ja: '埼玉県', en: 'Saitama' },
  '12': { ja: '千葉県', en: 'Chiba' },
  '13': { ja: '東京都', en: 'Tokyo' },
  '14': { ja: '神奈川県', en: 'Kanagawa' },
  '15': { ja: '新潟県', en: 'Niigata' },
  '16': { ja: '富山県', en: 'Toyama' },
  '17': { ja: '石川県', en: 'Ishikawa' },
  '18': { ja: '福井県', en: 'Fukui' },
  '19': { ja: '山梨県', en: 'Yamanashi' },
  '20': { ja: '長野県', en: 'Nagano' },
  '21': { ja: '岐阜県', en: 'Gifu' },
  '22': { ja: '静岡県', en: 'Shizuoka' },
  '23': { ja: '愛知県', en: 'Aichi' },
  '24': { ja: '三重県', en: 'Mie' },
  '25': { ja: '滋賀県', en: 'Shiga' },
  '26': { ja: '京都府', en: 'Kyoto' },
  '27': { ja: '大阪府', en: 'Osaka' },
  '28': { ja: '兵庫県', en: 'Hyogo' },
  '29': { ja: '奈良県', en: 'Nara' },
  '30': { ja: '和歌山県', en: 'Wakayama' },
  '31': { ja: '鳥取県', en: 'Tottori' },
  '32': { ja: '島根県', en: 'Shimane' },
  '33': { ja: '岡山県', en: 'Okayama' },
  '34': { ja: '広島県', en: 'Hiroshima' },
  '35': { ja: '山口県', en: 'Yamaguchi' },
  '36': { ja: '徳島県', en: 'Tokushima' },
  '37': { ja: '香川県', en: 'Kagawa' },
  '38': { ja: '愛媛県', en: 'Ehime' },
  '39': { ja: '高知県', en: 'Kochi' },
  '40': { ja: '福岡県', en: 'Fukuoka' },
  '41': { ja: '佐賀県', en: 'Saga' },
  '42': { ja: '長崎県', en: 'Nagasaki' },
  '43': { ja: '熊本県', en: 'Kumamoto' },
  '44': { ja: '大分県', en: 'Oita' },
  '45': { ja: '宮崎県', en: 'Miyazaki' },
  '46': { ja: '鹿児島県', en: 'Kagoshima' },
  '47': { ja: '沖縄県', en: 'Okinawa' },
};
/**
 * The codes in JIS order. Not `Object.keys(PREFECTURES)`: JavaScript lists integer-like
 * keys ('10' … '47') before the others ('01' … '09'), which put 群馬県 first.
 */
export const PREFECTURE_CODES = Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0')) as [string, ...string[]];

/** Staff roles are the policies' own list; re-exported for the API shapes and the CLI. */
export { STAFF_ROLES, type StaffRole } from '../domain/policies/staff';

/** Timeline entries of a contract (契約の履歴). */
export const CONTRACT_EVENTS: Record<string, { ja: string; en: string }> = {
  'contract.create': { ja: '契約を結びました', en: 'Contract made' },
  'contract.start': { ja: '作業を開始しました(最初の仮払い完了)', en: 'Work started (first milestone funded)' },
  'contract.complete': { ja: '契約が完了しました', en: 'Contract completed' },
  'contract.terminate': { ja: '途中解消で契約が終了しました', en: 'Contract ended by agreement' },
  'contract.dispute': { ja: '運営事務局の対応に移りました(トラブル)', en: 'Passed to staff (dispute)' },
  'contract.settle': { ja: '運営事務局の裁定で契約が終了しました', en: 'Contract ended by staff decision' },
  'terms.propose': { ja: '契約条件の変更を提案しました', en: 'Change of terms proposed' },
  'terms.accept': { ja: '契約条件の変更に同意しました', en: 'Change of terms agreed' },
  'terms.refuse': { ja: '契約条件の変更を拒否しました', en: 'Change of terms refused' },
  'milestone.fund': { ja: '仮払いが完了しました', en: 'Milestone funded' },
  'deposit.cancel': { ja: '銀行振込の仮払いを取り消しました', en: 'Bank transfer cancelled' },
  'deposit.fail': {
    ja: 'カード決済・コンビニ決済が完了しなかったため、仮払いの手続きを取り消しました',
    en: 'The card or konbini payment did not go through; the payment was called off',
  },
  'milestone.deliver': { ja: '納品しました', en: 'Delivered' },
  'milestone.request_revision': { ja: '修正依頼をしました', en: 'Revision requested' },
  'milestone.accept': { ja: '検収しました', en: 'Accepted' },
  'milestone.auto_accept': {
    ja: '検収期限を過ぎたため自動で検収されました',
    en: 'Accepted automatically after the review period',
  },
  'milestone.pay': { ja: '報酬が受注者の報酬残高に支払われました', en: "Paid to the worker's earnings" },
  'milestone.refund': { ja: '仮払い金を発注者に返金しました', en: 'Escrow refunded to the client' },
  'milestone.settle': { ja: '仮払い金を精算しました(一部支払い・残りを返金)', en: 'Escrow split between worker and client' },
  'milestone.cancel': { ja: 'マイルストーンを取り消しました', en: 'Milestone cancelled' },
  'termination.propose': { ja: '途中解消を提案しました', en: 'Termination proposed' },
  'termination.accept': { ja: '途中解消に同意しました', en: 'Termination agreed' },
  'termination.refuse': { ja: '途中解消を拒否しました', en: 'Termination refused' },
  'review.write': { ja: '評価を送信しました', en: 'Review sent' },
  'reviews.reveal': { ja: 'お互いの評価が公開されました', en: 'Reviews revealed' },
  'order.cancel_late': {
    ja: 'お届け予定日を過ぎても納品がないため、購入者が取引をキャンセルしました',
    en: 'Cancelled by the buyer: nothing was delivered by the delivery date',
  },
};
