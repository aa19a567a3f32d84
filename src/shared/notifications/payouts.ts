// Notices about payouts of a member's earnings.
import { dateEn, yenEn, yenJa } from './format';
import { notice } from './types';

export const payoutNotices = {
  'payout.requested': notice<{ scheduledDate: string; amount: number; fee: number; bankName: string; branchName: string }>({
    ja: (p) => ({
      title: `振込申請を受け付けました(振込予定日 ${p.scheduledDate})`,
      body: `振込額 ${yenJa(p.amount - p.fee)}(申請額 ${yenJa(p.amount)}、振込手数料 ${yenJa(p.fee)})を ${p.bankName} ${p.branchName} の口座へ振り込みます。`,
    }),
    en: (p) => ({
      title: `Payout request received (scheduled for ${dateEn(p.scheduledDate)})`,
      body: `We will transfer ${yenEn(p.amount - p.fee)} (requested ${yenEn(p.amount)}, transfer fee ${yenEn(p.fee)}) to your account at ${p.bankName} ${p.branchName}.`,
    }),
  }),
  'payout.failed': notice<{ reason: string | null; amount: number }>({
    ja: (p) => ({
      title: '振込ができませんでした',
      body: `理由: ${p.reason ?? ''}\n申請額 ${yenJa(p.amount)} は報酬残高に戻しました。振込先口座を確認して、もう一度振込申請をしてください。`,
    }),
    en: (p) => ({
      title: 'Your payout could not be transferred',
      body: `Reason: ${p.reason ?? ''}\nThe requested ${yenEn(p.amount)} is back in your earnings balance. Check your payout account and request the payout again.`,
    }),
  }),
  'payout.paid': notice<{ net: number }>({
    ja: (p) => ({
      title: `${yenJa(p.net)} を振り込みました`,
      body: '振込申請の振込が完了しました。口座の入金をご確認ください。',
    }),
    en: (p) => ({
      title: `${yenEn(p.net)} has been transferred`,
      body: 'Your payout has been transferred. Please check your bank account.',
    }),
  }),
};
