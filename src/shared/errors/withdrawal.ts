// Problems of withdrawal (退会): blockers, the scheduled withdrawal, undoing it.
import type { ProblemDef } from './types';

export const WITHDRAWAL_PROBLEMS = {
  'withdrawal-blocked': {
    status: 409,
    ja: {
      title: 'まだ退会できません',
      detail: '完了していない取引や手続きがあります。下の一覧の項目をすべて解消すると退会できます。',
    },
    en: {
      title: 'You cannot withdraw yet',
      detail: 'Some deals or procedures are still open. Resolve every item listed to withdraw.',
    },
  },
  'account-withdrawn-login': {
    status: 403,
    ja: {
      title: 'このアカウントは退会済みです',
      detail:
        '退会手続きが完了しているため、ログインできません。退会の取り消しは、退会完了メールに記載のリンクから期限内に行えます。同じメールアドレスで新しく登録し直すこともできます(実績・評価は引き継がれません)。',
    },
    en: {
      title: 'This account has been withdrawn',
      detail:
        'Withdrawal is complete, so you cannot log in. To undo it, use the link in the withdrawal mail before it expires. You can also register again with the same address (your record is not carried over).',
    },
  },
  'restore-link-used': {
    status: 409,
    ja: {
      title: 'この取り消しリンクはすでに使われています',
      detail:
        'このリンクで退会はすでに取り消され、アカウントは元に戻っています。ログインしてご利用ください。もう一度退会した場合は、そのときの退会完了メールのリンクをお使いください。',
    },
    en: {
      title: 'This undo link has already been used',
      detail:
        'The withdrawal was already undone with this link and the account is back. Please log in. If you withdrew again since, use the link in that withdrawal mail.',
    },
  },
  'restore-unavailable': {
    status: 410,
    ja: {
      title: '退会を取り消せません',
      detail:
        '取り消しの期限が過ぎたか、「すぐに削除」を選んだか、同じメールアドレスで新しく登録されたため、このアカウントは復元できません。新しく会員登録してください。',
    },
    en: {
      title: 'The withdrawal cannot be undone',
      detail:
        'The undo period has ended, "erase now" was chosen, or the address was registered again, so this account cannot be restored. Please register again.',
    },
  },
  'account-withdrawing': {
    status: 409,
    ja: {
      title: '退会の予約中です',
      detail:
        '振込の完了を待って退会する予約をしているため、この操作はできません。利用を続ける場合は、退会のページで予約を取り消してください。',
    },
    en: {
      title: 'Your withdrawal is scheduled',
      detail:
        'You scheduled your withdrawal for when your payouts arrive, so this is not possible. Cancel the schedule on the withdrawal page to keep using the service.',
    },
  },
  'no-scheduled-withdrawal': {
    status: 409,
    ja: {
      title: '予約中の退会はありません',
      detail: '退会の予約はすでに完了したか、取り消されています。',
    },
    en: {
      title: 'No withdrawal is scheduled',
      detail: 'The scheduled withdrawal has already completed or been cancelled.',
    },
  },
} satisfies Record<string, ProblemDef>;
