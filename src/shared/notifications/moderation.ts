// Notices of moderation: a warning, removed content, a restriction imposed, lifted, ended
// or its appeal decided, a report's outcome for its reporter, and a live contract's other
// party told that the member is suspended (without the reason, which is the member's own).
import { termsArticle } from '../../domain/moderation/articles';
import { dateTimeEn, dateTimeJa } from './format';
import { notice } from './types';

const KIND_JA = { posting: '投稿の制限', messaging: 'メッセージの制限', suspended: '利用停止' } as const;
const KIND_EN = { posting: 'posting restriction', messaging: 'messaging restriction', suspended: 'suspension' } as const;
const STOPS_JA = {
  posting: '仕事・サービスの掲載や公開、応募、見積り、コンペへの提案',
  messaging: 'メッセージ、見積り相談、スカウトの送信',
  suspended: '掲載・応募・見積り・メッセージ・購入・発注などの新しい取引',
} as const;
const STOPS_EN = {
  posting: 'posting or publishing jobs and services, applying, quoting and entering competitions',
  messaging: 'sending messages, quote requests and scout offers',
  suspended: 'new dealings: posting, applying, quoting, messaging, buying and hiring',
} as const;
type Kind = keyof typeof KIND_JA;
/** An article's id (art7) as its title in the language. */
const artJa = (id: string) => termsArticle(id)?.ja ?? id;
const artEn = (id: string) => termsArticle(id)?.en ?? id;
const CONTENT_JA = {
  member: 'プロフィール',
  job: '仕事の募集',
  service: 'サービス',
  message: 'メッセージ',
  review: '評価',
} as const;
const CONTENT_EN = { member: 'profile', job: 'job posting', service: 'service', message: 'message', review: 'review' } as const;
type Content = keyof typeof CONTENT_JA;
const OUTCOME_JA = {
  dismissed: '確認の結果、規約違反は認められませんでした。',
  warned: '確認の結果、対象の会員に運営から注意を行いました。',
  removed: '確認の結果、対象の内容を削除しました。',
  restricted: '確認の結果、規約に基づく措置を行いました。',
} as const;
const OUTCOME_EN = {
  dismissed: 'Staff found no breach of the terms.',
  warned: 'Staff cautioned the member concerned.',
  removed: 'Staff removed the content.',
  restricted: 'Staff took measures under the terms.',
} as const;

const until = (endsAt: string | null, lang: 'ja' | 'en') =>
  endsAt === null
    ? lang === 'ja'
      ? '運営による見直しまで'
      : 'until reviewed by staff'
    : lang === 'ja'
      ? `${dateTimeJa(endsAt)} まで`
      : `until ${dateTimeEn(endsAt)}`;

export const moderationNotices = {
  /** To the member: staff warn them, citing a rule and the content. */
  'moderation.warned': notice<{ article: string; note: string; excerpt: string }>({
    ja: (p) => ({
      title: `運営からの注意(${artJa(p.article)})`,
      body: `利用規約${artJa(p.article)}に関して、運営から注意があります。\n${p.note}${p.excerpt ? `\n対象の内容: ${p.excerpt}` : ''}\n繰り返された場合、利用制限となることがあります。`,
    }),
    en: (p) => ({
      title: `A caution from staff (${artEn(p.article)})`,
      body: `Staff caution you under ${artEn(p.article)} of the terms.\n${p.note}${p.excerpt ? `\nThe content: ${p.excerpt}` : ''}\nRepeated breaches may lead to a restriction.`,
    }),
  }),
  /** To the author: staff removed their content. */
  'moderation.removed': notice<{ content: Content; article: string; note: string; excerpt: string }>({
    ja: (p) => ({
      title: `${CONTENT_JA[p.content]}を運営が削除しました`,
      body: `利用規約${artJa(p.article)}に反するため、あなたの${CONTENT_JA[p.content]}を削除(非公開)にしました。\n理由: ${p.note}${p.excerpt ? `\n対象の内容: ${p.excerpt}` : ''}`,
    }),
    en: (p) => ({
      title: `Staff removed your ${CONTENT_EN[p.content]}`,
      body: `Your ${CONTENT_EN[p.content]} was removed (hidden) under ${artEn(p.article)} of the terms.\nReason: ${p.note}${p.excerpt ? `\nThe content: ${p.excerpt}` : ''}`,
    }),
  }),
  /** To the member: a restriction, with what, why, until when, and how to appeal. */
  'restriction.imposed': notice<{
    kind: Kind;
    article: string;
    reason: string;
    evidence: string;
    endsAt: string | null;
    appealUntil: string;
  }>({
    ja: (p) => ({
      title: `アカウントに${KIND_JA[p.kind]}がかかりました`,
      body: `制限される操作: ${STOPS_JA[p.kind]}\n根拠: 利用規約${artJa(p.article)}\n理由: ${p.reason}\n根拠となる事実: ${p.evidence}\n期間: ${until(p.endsAt, 'ja')}\n進行中の取引の納品・検収・終了・トラブル相談、報酬の出金、退会はこれまでどおりできます。\n${dateTimeJa(p.appealUntil)} までマイページの「利用制限」から異議を申し立てられます。`,
    }),
    en: (p) => ({
      title: `A ${KIND_EN[p.kind]} on your account`,
      body: `Stopped: ${STOPS_EN[p.kind]}\nRule: ${artEn(p.article)} of the terms\nReason: ${p.reason}\nEvidence: ${p.evidence}\nPeriod: ${until(p.endsAt, 'en')}\nYou can still deliver, accept, end or dispute live contracts, request your payout and withdraw.\nYou may appeal under "Restrictions" on My page until ${dateTimeEn(p.appealUntil)}.`,
    }),
  }),
  /** To the member: staff lifted the restriction (by themselves or deciding an appeal). */
  'restriction.lifted': notice<{ kind: Kind; reason: string }>({
    ja: (p) => ({
      title: `${KIND_JA[p.kind]}が解除されました`,
      body: `運営が${KIND_JA[p.kind]}を解除しました。\n理由: ${p.reason}`,
    }),
    en: (p) => ({
      title: `Your ${KIND_EN[p.kind]} was lifted`,
      body: `Staff lifted your ${KIND_EN[p.kind]}.\nReason: ${p.reason}`,
    }),
  }),
  /** To the member: a timed restriction reached its end. */
  'restriction.ended': notice<{ kind: Kind }>({
    ja: (p) => ({
      title: `${KIND_JA[p.kind]}の期間が終了しました`,
      body: `${KIND_JA[p.kind]}の期間が終わり、制限されていた操作ができるようになりました。`,
    }),
    en: (p) => ({ title: `Your ${KIND_EN[p.kind]} has ended`, body: `Its period is over; what it stopped is possible again.` }),
  }),
  /** To the member: the appeal was decided and the restriction upheld. */
  'restriction.appeal_upheld': notice<{ kind: Kind; note: string }>({
    ja: (p) => ({
      title: '異議申し立てへの判断をお知らせします',
      body: `制限したスタッフとは別のスタッフが確認し、${KIND_JA[p.kind]}を維持することにしました。\n理由: ${p.note}`,
    }),
    en: (p) => ({
      title: 'The decision on your appeal',
      body: `A staff member other than the one who restricted you reviewed it and upheld the ${KIND_EN[p.kind]}.\nReason: ${p.note}`,
    }),
  }),
  /** To the reporter: the outcome, without what was done to whom in detail. */
  'report.decided': notice<{ outcome: keyof typeof OUTCOME_JA }>({
    ja: (p) => ({ title: '通報への対応が完了しました', body: `ご報告ありがとうございました。${OUTCOME_JA[p.outcome]}` }),
    en: (p) => ({ title: 'Your report was handled', body: `Thank you for your report. ${OUTCOME_EN[p.outcome]}` }),
  }),
  /** To the other party of a live contract: the member is suspended (the reason is theirs). */
  'restriction.counterparty_suspended': notice<{ title: string }>({
    ja: (p) => ({
      title: `「${p.title}」の相手方が利用停止中です`,
      body: '取引の相手方のアカウントが利用停止となりました。仮払い金は引き続き保全されます。納品・検収、契約の終了やトラブル相談はこれまでどおり行えます。ご不明な点はお問い合わせください。',
    }),
    en: (p) => ({
      title: `The other party of "${p.title}" is suspended`,
      body: "The other party's account is suspended. The escrow stays protected; delivery, acceptance, ending the contract and disputes work as before. Contact support with any question.",
    }),
  }),
};
