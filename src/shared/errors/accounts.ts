// Problems of accounts: logging in, links sent by mail, passwords, sessions, account status.
import type { ProblemDef } from './types';

export const ACCOUNT_PROBLEMS = {
  'invalid-credentials': {
    status: 401,
    ja: {
      title: 'メールアドレスまたはパスワードが違います',
      detail: '入力内容を確認してください。パスワードを忘れた場合は「パスワードを忘れた方」から再設定できます。',
    },
    en: {
      title: 'Wrong email or password',
      detail: 'Check what you typed. If you forgot your password, reset it from "Forgot your password?".',
    },
  },
  'email-not-verified': {
    status: 403,
    ja: {
      title: 'メールアドレスの確認が済んでいません',
      detail: '登録時にお送りした確認メールのリンクを開いてください。メールが届かない場合は確認メールを再送できます。',
    },
    en: {
      title: 'Your email address is not verified yet',
      detail: 'Open the link in the verification mail we sent. You can have it sent again.',
    },
  },
  'login-throttled': {
    status: 429,
    ja: {
      title: 'ログインの試行回数が多すぎます',
      detail: '安全のため、このアカウントへのログインを一時的に止めています。しばらく待つか、パスワードを再設定してください。',
    },
    en: {
      title: 'Too many login attempts',
      detail: 'For your safety, logins to this account are paused for a while. Wait, or reset your password.',
    },
  },
  'password-throttled': {
    status: 429,
    ja: {
      title: 'パスワードの入力に続けて失敗しました',
      detail:
        '安全のため、このアカウントのパスワード確認を一時的に止めています。しばらく待ってからもう一度お試しください。パスワードを忘れた場合は再設定してください。',
    },
    en: {
      title: 'Too many wrong passwords',
      detail:
        'For your safety, password checks for this account are paused for a while. Wait and try again, or reset your password.',
    },
  },
  'token-invalid': {
    status: 400,
    ja: {
      title: 'リンクが無効です',
      detail: 'このリンクは使用済みか、正しくありません。もう一度手続きをやり直してください。',
    },
    en: {
      title: 'This link is not valid',
      detail: 'The link was already used or is not correct. Start the procedure again.',
    },
  },
  'token-expired': {
    status: 410,
    ja: {
      title: 'リンクの有効期限が切れています',
      detail: 'もう一度手続きをやり直して、新しいリンクを受け取ってください。',
    },
    en: {
      title: 'This link has expired',
      detail: 'Start the procedure again to receive a new link.',
    },
  },
  'password-wrong': {
    status: 403,
    ja: {
      title: 'パスワードが違います',
      detail: '現在のパスワードを正しく入力してください。',
    },
    en: {
      title: 'Wrong password',
      detail: 'Enter your current password.',
    },
  },
  'session-not-found': {
    status: 404,
    ja: {
      title: 'ログイン中の端末が見つかりません',
      detail: 'この端末はすでにログアウトしています。一覧を再読み込みしてください。',
    },
    en: {
      title: 'Session not found',
      detail: 'That device is already logged out. Reload the list.',
    },
  },
  'account-withdrawn': {
    status: 409,
    ja: {
      title: 'このアカウントは退会済みまたは退会手続き中です',
      detail: '退会済み・退会手続き中のアカウントではこの操作はできません。',
    },
    en: {
      title: 'This account is withdrawn or withdrawing',
      detail: 'A withdrawn or withdrawing account cannot do this.',
    },
  },
  'account-suspended': {
    status: 403,
    ja: {
      title: 'このアカウントは利用停止中です',
      detail: '利用規約に基づき、このアカウントの利用を停止しています。お問い合わせ窓口からご連絡ください。',
    },
    en: {
      title: 'This account is suspended',
      detail: 'This account is suspended under the terms of use. Please contact support.',
    },
  },
} satisfies Record<string, ProblemDef>;
