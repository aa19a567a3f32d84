// Notices about contracts: escrow, delivery, acceptance, terms, termination, disputes, reviews.
import { dateTimeEn, dateTimeJa, yenEn, yenJa } from './format';
import { notice } from './types';

/** What the worker is told when a milestone is paid. */
const paidJa = (p: { net: number; automatic: boolean }) =>
  `${p.automatic ? '検収期限を過ぎたため自動で検収されました。' : ''}報酬 ${yenJa(p.net)} が報酬残高に入りました。`;
const paidEn = (p: { net: number; automatic: boolean }) =>
  `${p.automatic ? 'The acceptance deadline passed, so the delivery was accepted automatically. ' : ''}Your payment of ${yenEn(p.net)} has been added to your earnings balance.`;

const endedJa = (days: number) =>
  `お疲れさまでした。取引相手の評価をお願いします(評価はお互いが送信するか、${days}日たつと公開されます)。`;
const endedEn = (days: number) =>
  `Thank you for your work. Please review the other party (reviews are published when both have sent theirs, or after ${days} days).`;

export const contractNotices = {
  'contract.created': notice<{ title: string; role: 'client' | 'worker' }>({
    ja: (p) =>
      p.role === 'client'
        ? {
            title: `「${p.title}」の契約を結びました。仮払いをお願いします`,
            body: '受注者が作業を始められるよう、契約ページから仮払いを行ってください。契約条件(取引条件明示書)も契約ページで確認できます。',
          }
        : {
            title: `「${p.title}」の契約が結ばれました`,
            body: 'おめでとうございます。発注者の仮払いが済むと作業を始められます。仮払いの前に作業を始めないでください。契約条件は契約ページで確認できます。',
          },
    en: (p) =>
      p.role === 'client'
        ? {
            title: `Contract made for "${p.title}": please pay into escrow`,
            body: 'Pay into escrow from the contract page so the worker can start. The contract terms are also on the contract page.',
          }
        : {
            title: `A contract has been made for "${p.title}"`,
            body: 'Congratulations. You can start once the client has paid into escrow; please do not start before that. The contract terms are on the contract page.',
          },
  }),
  /** Completed; `paid` when the worker's last acceptance completed it (one notice for both). */
  'contract.completed': notice<{ title: string; reviewRevealDays: number; paid?: { net: number; automatic: boolean } }>({
    ja: (p) =>
      p.paid
        ? {
            title: `「${p.title}」が検収され、契約が完了しました`,
            body: `${paidJa(p.paid)}\n${endedJa(p.reviewRevealDays)}`,
          }
        : { title: `「${p.title}」の契約が完了しました`, body: endedJa(p.reviewRevealDays) },
    en: (p) =>
      p.paid
        ? {
            title: `"${p.title}" was accepted and the contract is complete`,
            body: `${paidEn(p.paid)}\n${endedEn(p.reviewRevealDays)}`,
          }
        : { title: `The contract for "${p.title}" is complete`, body: endedEn(p.reviewRevealDays) },
  }),
  'contract.terminated': notice<{ title: string; reviewRevealDays: number }>({
    ja: (p) => ({ title: `「${p.title}」の契約が終了しました`, body: endedJa(p.reviewRevealDays) }),
    en: (p) => ({ title: `The contract for "${p.title}" has ended`, body: endedEn(p.reviewRevealDays) }),
  }),
  'contract.disputed': notice<{ title: string }>({
    ja: (p) => ({
      title: `「${p.title}」は運営事務局の対応に移りました`,
      body: '運営事務局が双方の事情とメッセージを確認し、仮払い金の精算方法を決めます。それまで仮払い・納品・検収などの操作は止まります。',
    }),
    en: (p) => ({
      title: `"${p.title}" is now handled by Yorozu support`,
      body: 'Support will review both sides and the messages, and decide how the escrow is settled. Until then, escrow, delivery, acceptance and other actions are paused.',
    }),
  }),
  'milestone.funded': notice<{ title: string; milestoneTitle: string; amount: number }>({
    ja: (p) => ({
      title: `「${p.title}」の仮払いが完了しました`,
      body: `マイルストーン「${p.milestoneTitle}」の仮払い(${yenJa(p.amount)} 税抜)が完了しました。作業を開始してください。`,
    }),
    en: (p) => ({
      title: `Escrow paid for "${p.title}"`,
      body: `The escrow for milestone "${p.milestoneTitle}" (${yenEn(p.amount)} before tax) has been paid. You can start working.`,
    }),
  }),
  'milestone.delivered': notice<{ title: string; autoAcceptDays: number }>({
    ja: (p) => ({
      title: `「${p.title}」が納品されました。検収をお願いします`,
      body: `内容を確認して、検収するか修正依頼をしてください。${p.autoAcceptDays}日以内に回答がない場合は自動で検収され、報酬が支払われます。`,
    }),
    en: (p) => ({
      title: `"${p.title}" has been delivered: please review it`,
      body: `Check the delivery and accept it or ask for changes. Without an answer within ${p.autoAcceptDays} days it is accepted automatically and the worker is paid.`,
    }),
  }),
  'milestone.accept_reminder': notice<{ title: string; daysLeft: number; deadline: string }>({
    ja: (p) => ({
      title: `「${p.title}」の自動検収まであと${p.daysLeft}日です`,
      body: `納品物を確認して、検収するか修正依頼をしてください。${dateTimeJa(p.deadline)}を過ぎると自動で検収され、報酬が支払われます。`,
    }),
    en: (p) => ({
      title: `"${p.title}" will be accepted automatically in ${p.daysLeft} day${p.daysLeft === 1 ? '' : 's'}`,
      body: `Check the delivery and accept it or ask for changes. After ${dateTimeEn(p.deadline)} it is accepted automatically and the worker is paid.`,
    }),
  }),
  'milestone.paid': notice<{ title: string; net: number; automatic: boolean }>({
    ja: (p) => ({ title: `「${p.title}」が検収されました`, body: paidJa(p) }),
    en: (p) => ({ title: `"${p.title}" was accepted`, body: paidEn(p) }),
  }),
  /** Bank transfer instructions for the escrow of a contract's milestone or of a posting. */
  'deposit.requested': notice<{
    title: string;
    /** What the transfer pays: a contract's escrow, a posting's escrow, or a tip (おひねり). */
    for: 'contract' | 'job' | 'tip';
    instructions: string;
    amount: number;
    reference: string;
  }>({
    ja: (p) =>
      p.for === 'tip'
        ? {
            title: `「${p.title}」のおひねり: 銀行振込のご案内`,
            body: `振込先: ${p.instructions}\n金額: ${yenJa(p.amount)}\n振込依頼人名の前に番号「${p.reference}」を入れてください。入金を確認すると、おひねりが出品者に届きます。`,
          }
        : {
            title: `「${p.title}」の仮払い: 銀行振込のご案内`,
            body: `振込先: ${p.instructions}\n金額: ${yenJa(p.amount)}\n振込依頼人名の前に番号「${p.reference}」を入れてください。入金を確認すると仮払いが完了${p.for === 'job' ? 'し、募集が始まります' : 'します'}。`,
          },
    en: (p) =>
      p.for === 'tip'
        ? {
            title: `Tip for "${p.title}": bank transfer details`,
            body: `Transfer to: ${p.instructions}\nAmount: ${yenEn(p.amount)}\nPut the number "${p.reference}" before the sender name. The tip reaches the seller once we confirm the payment.`,
          }
        : {
            title: `Escrow for "${p.title}": bank transfer details`,
            body: `Transfer to: ${p.instructions}\nAmount: ${yenEn(p.amount)}\nPut the number "${p.reference}" before the sender name. The escrow is complete once we confirm the payment${p.for === 'job' ? ', and the posting opens' : ''}.`,
          },
  }),
  'terms.proposed': notice<{ title: string }>({
    ja: (p) => ({
      title: `「${p.title}」の契約条件の変更が提案されました`,
      body: '発注者がマイルストーンや源泉徴収の変更を提案しました。内容を確認して、同意するか拒否してください。',
    }),
    en: (p) => ({
      title: `New contract terms proposed for "${p.title}"`,
      body: 'The client proposed changes to the milestones or withholding tax. Review them and agree or decline.',
    }),
  }),
  'terms.accepted': notice<{ title: string }>({
    ja: (p) => ({
      title: `「${p.title}」の契約条件の変更に同意しました`,
      body: '新しい契約条件(取引条件明示書)を契約ページで確認できます。仮払いをお願いします。',
    }),
    en: (p) => ({
      title: `The new contract terms for "${p.title}" were agreed`,
      body: 'The new terms (the written terms of the deal) are on the contract page. Please pay into escrow.',
    }),
  }),
  'terms.refused': notice<{ title: string; reason: string | null }>({
    ja: (p) => ({
      title: `「${p.title}」の契約条件の変更は拒否されました`,
      body: `受注者が変更を拒否しました。${p.reason ? `理由: ${p.reason}` : ''}これまでの条件のままです。`,
    }),
    en: (p) => ({
      title: `The new contract terms for "${p.title}" were declined`,
      body: `The worker declined the change. ${p.reason ? `Reason: ${p.reason} ` : ''}The current terms stay.`,
    }),
  }),
  'termination.proposed': notice<{ title: string; responseDays: number }>({
    ja: (p) => ({
      title: `「${p.title}」の途中解消が提案されました`,
      body: `提案内容(仮払い金の精算方法)を確認して、同意するか拒否してください。${p.responseDays}日以内に回答がない場合は、運営事務局が対応します。`,
    }),
    en: (p) => ({
      title: `Early termination proposed for "${p.title}"`,
      body: `Review the proposal (how the escrow is settled) and agree or decline. Without an answer within ${p.responseDays} days, Yorozu support takes over.`,
    }),
  }),
  'review.waiting': notice<{ title: string }>({
    ja: (p) => ({
      title: `「${p.title}」の取引相手が評価を送信しました`,
      body: 'あなたも評価を送信すると、お互いの評価が同時に公開されます。',
    }),
    en: (p) => ({
      title: `The other party reviewed "${p.title}"`,
      body: 'Send your review too, and both reviews are published at the same time.',
    }),
  }),
  'reviews.revealed': notice<{ title: string }>({
    ja: (p) => ({
      title: `「${p.title}」の評価が公開されました`,
      body: '取引相手からの評価を契約ページとプロフィールで確認できます。',
    }),
    en: (p) => ({
      title: `Reviews for "${p.title}" are published`,
      body: "You can read the other party's review on the contract page and your profile.",
    }),
  }),
};
