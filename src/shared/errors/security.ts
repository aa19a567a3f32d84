// Problems of the second factor (2段階認証) and of staff accounts made from the console.
import type { ProblemDef } from './types';

export const SECURITY_PROBLEMS = {
  'second-factor-enrolment-required': {
    status: 403,
    ja: {
      title: '2段階認証の設定が必要です',
      detail:
        '運営スタッフのアカウントは、2段階認証（認証アプリの確認コード）を設定するまで運営の画面を使えません。設定画面から登録してください。',
    },
    en: {
      title: 'Set up two-step verification first',
      detail:
        'Staff accounts can use nothing else until two-step verification (codes from an authenticator app) is set up. Set it up on the setup page.',
    },
  },
  'second-factor-throttled': {
    status: 429,
    ja: {
      title: '確認コードの入力に続けて失敗しました',
      detail:
        '安全のため、このアカウントの確認コードの受け付けを一時的に止めています。しばらく待ってからもう一度お試しください。',
    },
    en: {
      title: 'Too many wrong codes',
      detail: 'For your safety, codes for this account are not accepted for a while. Wait and try again.',
    },
  },
  'second-factor-pending-expired': {
    status: 401,
    ja: {
      title: 'ログインの有効期限が切れました',
      detail:
        'パスワードの入力から5分以上たったか、ログインの途中ではありません。もう一度メールアドレスとパスワードからログインしてください。',
    },
    en: {
      title: 'Your login timed out',
      detail:
        'More than 5 minutes passed since you entered your password, or no login is in progress. Log in again from the start.',
    },
  },
  'second-factor-not-started': {
    status: 409,
    ja: {
      title: '2段階認証の登録が始まっていません',
      detail: '設定画面で「登録を始める」を押し、表示されたキーを認証アプリに登録してからコードを入力してください。',
    },
    en: {
      title: 'Setup has not started',
      detail: 'Press "Start setup", add the key shown to your authenticator app, then enter its code.',
    },
  },
  'second-factor-already-enabled': {
    status: 409,
    ja: {
      title: '2段階認証はすでに有効です',
      detail: '認証アプリを変える場合は、いったん無効にしてから登録し直してください（運営スタッフは登録し直しのみ可能です）。',
    },
    en: {
      title: 'Two-step verification is already on',
      detail: 'To move to another app, turn it off and set it up again (staff can only set it up again).',
    },
  },
  'second-factor-not-enabled': {
    status: 409,
    ja: {
      title: '2段階認証は有効になっていません',
      detail: '先に2段階認証を設定してください。',
    },
    en: {
      title: 'Two-step verification is off',
      detail: 'Set up two-step verification first.',
    },
  },
  'second-factor-staff-required': {
    status: 403,
    ja: {
      title: '運営スタッフは2段階認証を無効にできません',
      detail: '運営スタッフのアカウントには2段階認証が必須です。認証アプリを変える場合は、登録し直してください。',
    },
    en: {
      title: 'Staff cannot turn two-step verification off',
      detail: 'Staff accounts must use two-step verification. To move to another app, set it up again.',
    },
  },
  'staff-own-role': {
    status: 409,
    ja: {
      title: '自分の権限は変更できません',
      detail: '自分自身の権限の変更や削除は、ほかの管理者に依頼してください。',
    },
    en: {
      title: 'You cannot change your own role',
      detail: 'Ask another admin to change or remove your role.',
    },
  },
  'staff-last-admin': {
    status: 409,
    ja: {
      title: '最後の管理者です',
      detail: '管理者が一人もいなくなるため、この変更はできません。先にほかのスタッフを管理者にしてください。',
    },
    en: {
      title: 'This is the last admin',
      detail: 'No admin would be left. Make another staff member an admin first.',
    },
  },
} as const satisfies Record<string, ProblemDef>;
