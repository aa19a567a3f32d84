// Notices about postings paid in advance: a posting's escrow, task submissions and
// competition entries.
import { dateEn, dateJa, dateTimeEn, dateTimeJa, longDateTimeJa, plural, yenEn, yenJa } from './format';
import { notice } from './types';

const daysEn = (n: number) => plural(n, 'day');

export const workNotices = {
  /** `published` false: the deadline passed while the escrow was paid; the client must change it first. */
  'job.funded': notice<{ jobTitle: string; total: number; published: boolean }>({
    ja: (p) => ({
      title: `「${p.jobTitle}」の仮払いが完了しました`,
      body: p.published
        ? `仮払い(${yenJa(p.total)})が完了し、募集を開始しました。`
        : `仮払い(${yenJa(p.total)})が完了しました。募集期限が過ぎているため、期限を変更してから公開してください。`,
    }),
    en: (p) => ({
      title: `Escrow paid for "${p.jobTitle}"`,
      body: p.published
        ? `The escrow (${yenEn(p.total)}) has been paid and the posting is open.`
        : `The escrow (${yenEn(p.total)}) has been paid. The application deadline has passed, so change it before publishing.`,
    }),
  }),
  'job.refunded': notice<{ jobTitle: string; amount: number }>({
    ja: (p) => ({
      title: `「${p.jobTitle}」の仮払い金を返金しました`,
      body: `募集を中止したため、仮払い金 ${yenJa(p.amount)} を返金しました。`,
    }),
    en: (p) => ({
      title: `Escrow refunded for "${p.jobTitle}"`,
      body: `The posting was cancelled, so the escrow of ${yenEn(p.amount)} has been refunded.`,
    }),
  }),
  'task.submitted': notice<{ jobTitle: string }>({
    ja: (p) => ({
      title: `タスク「${p.jobTitle}」に作業が提出されました`,
      body: '提出内容を確認して、承認または非承認を選んでください。',
    }),
    en: (p) => ({
      title: `New submission for the task "${p.jobTitle}"`,
      body: 'Review the submission and approve or reject it.',
    }),
  }),
  'task.approved': notice<{ jobTitle: string; net: number; automatic: boolean }>({
    ja: (p) => ({
      title: `タスク「${p.jobTitle}」の提出が承認されました`,
      body: `${p.automatic ? '判定期限を過ぎたため自動で承認されました。' : ''}報酬 ${yenJa(p.net)}(手数料を差し引いた額)が報酬残高に加わりました。`,
    }),
    en: (p) => ({
      title: `Your submission for the task "${p.jobTitle}" was approved`,
      body: `${p.automatic ? 'The judging deadline passed, so it was approved automatically. ' : ''}${yenEn(p.net)} (after fees) has been added to your earnings balance.`,
    }),
  }),
  'task.rejected': notice<{ jobTitle: string; reason: string }>({
    ja: (p) => ({ title: `タスク「${p.jobTitle}」の提出が非承認になりました`, body: `理由: ${p.reason}` }),
    en: (p) => ({ title: `Your submission for the task "${p.jobTitle}" was rejected`, body: `Reason: ${p.reason}` }),
  }),
  'task.judge_reminder': notice<{ jobTitle: string; daysLeft: number; pending: number; deadline: string }>({
    ja: (p) => ({
      title: `タスク「${p.jobTitle}」の自動承認まであと${p.daysLeft}日です`,
      body: `未判定の提出が${p.pending}件あります。${dateTimeJa(p.deadline)}までに承認・非承認してください。期限を過ぎると自動で承認され、報酬が支払われます。`,
    }),
    en: (p) => ({
      title: `Submissions for the task "${p.jobTitle}" are approved automatically in ${daysEn(p.daysLeft)}`,
      body: `You have ${plural(p.pending, 'submission')} to judge. Approve or reject them by ${dateTimeEn(p.deadline)}; after that they are approved and paid automatically.`,
    }),
  }),
  'task.auto_approved': notice<{ jobTitle: string; count: number }>({
    ja: (p) => ({
      title: `タスク「${p.jobTitle}」の未判定の提出を自動で承認しました`,
      body: `判定期限を過ぎたため、${p.count}件の提出を承認し、報酬を支払いました。`,
    }),
    en: (p) => ({
      title: `Pending submissions for the task "${p.jobTitle}" were approved automatically`,
      body: `The judging deadline passed, so ${plural(p.count, 'submission was', 'submissions were')} approved and paid.`,
    }),
  }),
  /** `judgeBy` (ISO) when submissions are left to judge. */
  'task.closed': notice<{ jobTitle: string; refund: number; pending: number; judgeBy: string | null }>({
    ja: (p) => ({
      title: `タスク「${p.jobTitle}」の募集を終了しました`,
      body: [
        p.refund > 0 ? `使われなかった枠の仮払い金 ${yenJa(p.refund)} を返金しました。` : '',
        p.judgeBy
          ? `未判定の提出が${p.pending}件あります。${dateJa(p.judgeBy)}までに承認・非承認してください。期限を過ぎると自動で承認されます。`
          : '',
      ]
        .filter(Boolean)
        .join('\n'),
    }),
    en: (p) => ({
      title: `The task "${p.jobTitle}" is closed`,
      body: [
        p.refund > 0 ? `The escrow for unused slots, ${yenEn(p.refund)}, has been refunded.` : '',
        p.judgeBy
          ? `You have ${plural(p.pending, 'submission')} to judge. Approve or reject them by ${dateEn(p.judgeBy)}; after that they are approved automatically.`
          : '',
      ]
        .filter(Boolean)
        .join('\n'),
    }),
  }),
  'entry.received': notice<{ jobTitle: string; entryTitle: string }>({
    ja: (p) => ({ title: `「${p.jobTitle}」に作品の応募がありました`, body: p.entryTitle }),
    en: (p) => ({ title: `New entry for "${p.jobTitle}"`, body: p.entryTitle }),
  }),
  'competition.won': notice<{ jobTitle: string; entryTitle: string; net: number }>({
    ja: (p) => ({
      title: `コンペ「${p.jobTitle}」であなたの作品が採用されました`,
      body: `作品「${p.entryTitle}」が採用されました。賞金 ${yenJa(p.net)}(手数料を差し引いた額)が報酬残高に加わりました。`,
    }),
    en: (p) => ({
      title: `Your entry won the competition "${p.jobTitle}"`,
      body: `Your entry "${p.entryTitle}" was chosen. The prize of ${yenEn(p.net)} (after fees) has been added to your earnings balance.`,
    }),
  }),
  /** To the other entrants: another entry was chosen, or none was (with the client's reason). */
  'competition.result': notice<
    { jobTitle: string; outcome: 'chosen' } | { jobTitle: string; outcome: 'no_winner'; reason: string }
  >({
    ja: (p) =>
      p.outcome === 'chosen'
        ? {
            title: `コンペ「${p.jobTitle}」の採用作品が決まりました`,
            body: 'ご応募ありがとうございました。今回は別の作品が採用されました。',
          }
        : { title: `コンペ「${p.jobTitle}」は採用なしで終了しました`, body: `依頼者からの理由: ${p.reason}` },
    en: (p) =>
      p.outcome === 'chosen'
        ? {
            title: `A winner was chosen in the competition "${p.jobTitle}"`,
            body: 'Thank you for your entry. Another entry was chosen this time.',
          }
        : { title: `The competition "${p.jobTitle}" ended without a winner`, body: `Reason from the client: ${p.reason}` },
  }),
  /** `fee`: the system fee with its tax, which is not refunded. */
  'competition.no_winner': notice<{ jobTitle: string; prize: number; fee: number }>({
    ja: (p) => ({
      title: `コンペ「${p.jobTitle}」を採用なしで終了しました`,
      body: `賞金 ${yenJa(p.prize)} を返金しました(システム利用料 ${yenJa(p.fee)} は返金されません)。`,
    }),
    en: (p) => ({
      title: `You ended the competition "${p.jobTitle}" without a winner`,
      body: `The prize of ${yenEn(p.prize)} has been refunded (the system fee of ${yenEn(p.fee)} is not refunded).`,
    }),
  }),
  'competition.select_reminder': notice<{ jobTitle: string; daysLeft: number; deadline: string; entrants: number }>({
    ja: (p) => ({
      title: `コンペ「${p.jobTitle}」の選定期限まであと${p.daysLeft}日です`,
      body: `${dateTimeJa(p.deadline)}までに採用する作品を選んでください。期限までに選ばれなかったときは、賞金が応募者${p.entrants}名で等分されます。`,
    }),
    en: (p) => ({
      title: `${daysEn(p.daysLeft)} left to choose a winner in "${p.jobTitle}"`,
      body: `Choose the winning entry by ${dateTimeEn(p.deadline)}. If none is chosen by then, the prize is split equally among the ${plural(p.entrants, 'entrant')}.`,
    }),
  }),
  /** The selection deadline passed: to the client (`entrants`), to each entrant (`net`, their share). */
  'competition.shared': notice<
    { jobTitle: string; role: 'client'; entrants: number } | { jobTitle: string; role: 'worker'; net: number }
  >({
    ja: (p) =>
      p.role === 'client'
        ? {
            title: `コンペ「${p.jobTitle}」の選定期限が過ぎました`,
            body: `期限までに採用作品が選ばれなかったため、公開時のルールどおり賞金を応募者${p.entrants}名で等分してお支払いしました。`,
          }
        : {
            title: `コンペ「${p.jobTitle}」の賞金が分配されました`,
            body: `選定期限までに採用作品が選ばれなかったため、賞金を応募者全員で等分しました。${yenJa(p.net)}(手数料を差し引いた額)が報酬残高に加わりました。`,
          },
    en: (p) =>
      p.role === 'client'
        ? {
            title: `The selection deadline for "${p.jobTitle}" has passed`,
            body: `No entry was chosen in time, so as the posting's rules said, the prize was split equally among the ${plural(p.entrants, 'entrant')} and paid out.`,
          }
        : {
            title: `The prize of "${p.jobTitle}" was shared`,
            body: `No entry was chosen by the deadline, so the prize was split equally among all entrants. ${yenEn(p.net)} (after fees) has been added to your earnings balance.`,
          },
  }),
  /** Entries closed: to the client (choose by `due`), to the entrants (a winner is chosen by `due`). */
  'competition.selecting': notice<{ jobTitle: string; role: 'client' | 'worker'; due: string }>({
    ja: (p) =>
      p.role === 'client'
        ? {
            title: `コンペ「${p.jobTitle}」の応募を締め切りました`,
            body: `${longDateTimeJa(p.due)}までに採用する作品を選んでください。期限までに選ばれなかったときは、賞金が応募者全員で等分されます。`,
          }
        : {
            title: `コンペ「${p.jobTitle}」の応募が締め切られました`,
            body: `${longDateTimeJa(p.due)}までに採用作品が選ばれます。`,
          },
    en: (p) =>
      p.role === 'client'
        ? {
            title: `Entries for "${p.jobTitle}" are closed`,
            body: `Choose the winning entry by ${dateTimeEn(p.due)}. If none is chosen by then, the prize is split equally among all entrants.`,
          }
        : { title: `Entries for "${p.jobTitle}" are closed`, body: `The winner will be chosen by ${dateTimeEn(p.due)}.` },
  }),
};
