// Problems of paying into escrow: payment methods and deposits waiting for confirmation.
import type { ProblemDef } from './types';

export const DEPOSIT_PROBLEMS = {
  'payment-method-unavailable': {
    status: 409,
    ja: {
      title: 'この支払い方法は使えません',
      detail:
        'この支払い方法はいまは使えません（開発用カードは本番環境では使えず、カード決済・コンビニ決済は設定されているときだけ使えます）。銀行振込を選んでください。',
    },
    en: {
      title: 'This payment method is not available',
      detail:
        'This payment method is not available here (the development card never in production; card and konbini only when configured). Choose bank transfer.',
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
  'payment-provider-failed': {
    status: 502,
    ja: {
      title: '決済サービスで手続きできませんでした',
      detail:
        'カード決済・コンビニ決済の受付に失敗しました。仮払いはまだ行われていません。しばらくしてからもう一度お試しいただくか、銀行振込を選んでください。',
    },
    en: {
      title: 'The payment service could not take the payment',
      detail: 'The card or konbini payment could not be started; nothing was paid. Try again later or choose bank transfer.',
    },
  },
  'webhook-signature-invalid': {
    status: 400,
    ja: {
      title: '署名を確認できません',
      detail:
        '決済サービスからの通知の署名（Stripe-Signature）がないか、正しくありません。通知は反映していません。Webhook の署名シークレットを確認してください。',
    },
    en: {
      title: 'The signature cannot be verified',
      detail: 'The Stripe-Signature header is missing or wrong; nothing was applied. Check the webhook signing secret.',
    },
  },
} satisfies Record<string, ProblemDef>;
