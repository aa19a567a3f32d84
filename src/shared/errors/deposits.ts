// Problems of paying into escrow: payment methods and deposits waiting for confirmation.
import type { ProblemDef } from './types';

export const DEPOSIT_PROBLEMS = {
  'payment-method-unavailable': {
    status: 409,
    ja: {
      title: 'この支払い方法は使えません',
      detail: '開発用カードは本番環境では使えません。銀行振込を選んでください。',
    },
    en: {
      title: 'This payment method is not available',
      detail: 'The development card cannot be used in production. Choose bank transfer.',
    },
  },
  'deposit-pending': {
    status: 409,
    ja: {
      title: '入金の確認を待っています',
      detail:
        'この仮払いには振込待ちの入金がすでにあります。振込後、運営事務局の入金確認をお待ちください。支払い方法を変えるときは、いまの振込を取り消してください。',
    },
    en: {
      title: 'A deposit is already waiting',
      detail: 'A bank transfer for this payment is already waiting for confirmation. To change the method, cancel it first.',
    },
  },
  'deposit-transition-invalid': {
    status: 409,
    ja: {
      title: 'この入金は現在の状態では操作できません',
      detail: '入金はすでに確認済みか取り消し済みです。ページを再読み込みして確認してください。',
    },
    en: {
      title: "Not possible in the deposit's current state",
      detail: 'The deposit has already been confirmed or cancelled. Reload to see it.',
    },
  },
  'deposit-amount-mismatch': {
    status: 422,
    ja: {
      title: '入金額が請求額と一致しません',
      detail: '振込まれた金額が仮払い金額と違うため、確認できません。発注者に連絡して差額を調整してから確認してください。',
    },
    en: {
      title: 'The amount received does not match',
      detail:
        'The amount received differs from the deposit, so it cannot be confirmed. Contact the client to settle the difference first.',
    },
  },
} satisfies Record<string, ProblemDef>;
