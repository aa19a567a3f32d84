// Notices about applications to a posting.
import { notice } from './types';

const CLOSED_JA = {
  cancelled: '募集が中止されたため、応募は終了しました。',
  client_withdrew: '発注者が退会したため、選考は終了しました。',
};
const CLOSED_EN = {
  cancelled: 'The posting was cancelled, so your application has ended.',
  client_withdrew: 'The client has left Yorozu, so the selection has ended.',
};

export const applicationNotices = {
  'application.received': notice<{ jobTitle: string }>({
    ja: (p) => ({
      title: `「${p.jobTitle}」に応募がありました`,
      body: '新しい応募があります。応募内容を確認して、選考を進めてください。',
    }),
    en: (p) => ({
      title: `New application for "${p.jobTitle}"`,
      body: 'You have a new application. Review it and move the selection forward.',
    }),
  }),
  /**
   * Declined by the client (with their message, if any), or ended with the posting:
   * `closed` says why (the posting was cancelled, or its client withdrew).
   */
  'application.declined': notice<{ jobTitle: string; reason: string | null; closed?: 'cancelled' | 'client_withdrew' }>({
    ja: (p) =>
      p.closed
        ? { title: `「${p.jobTitle}」の応募が終了しました`, body: CLOSED_JA[p.closed] }
        : {
            title: `「${p.jobTitle}」の選考結果`,
            body: `今回は見送りとなりました。${p.reason ? `\n発注者からのメッセージ: ${p.reason}` : ''}`,
          },
    en: (p) =>
      p.closed
        ? { title: `Your application for "${p.jobTitle}" has ended`, body: CLOSED_EN[p.closed] }
        : {
            title: `Result of your application for "${p.jobTitle}"`,
            body: `You were not selected this time.${p.reason ? `\nMessage from the client: ${p.reason}` : ''}`,
          },
  }),
  'application.withdrawn': notice<{ jobTitle: string }>({
    ja: (p) => ({ title: `「${p.jobTitle}」への応募が取り下げられました`, body: '応募者が応募を取り下げました。' }),
    en: (p) => ({
      title: `An application for "${p.jobTitle}" was withdrawn`,
      body: 'The applicant withdrew their application.',
    }),
  }),
  'application.expired': notice<{ jobTitle: string }>({
    ja: (p) => ({
      title: `「${p.jobTitle}」の応募が期限切れになりました`,
      body: '募集期限の後、一定期間内に選考結果が出なかったため、応募は自動的に終了しました。',
    }),
    en: (p) => ({
      title: `Your application for "${p.jobTitle}" has expired`,
      body: 'No decision was made within the set period after the posting closed, so your application ended automatically.',
    }),
  }),
};
