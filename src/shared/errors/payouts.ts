// Problems of payouts: the bank account, payout requests, batches and transfers.
import type { ProblemDef } from './types';

export const PAYOUT_PROBLEMS = {
  'payee-identity-required': {
    status: 409,
    ja: {
      title: '氏名と住所が登録されていません',
      detail:
        '源泉徴収のある報酬は、発注者が支払調書に氏名と住所を記載します。設定ページの「支払調書の氏名・住所」で登録してから、振込申請してください。',
    },
    en: {
      title: 'Your legal name and address are missing',
      detail:
        'Fees paid with withholding tax are reported on a yearly payment record with your legal name and address. Register them in Settings, then request the payout.',
    },
  },
  'bank-account-required': {
    status: 409,
    ja: {
      title: '振込先口座が登録されていません',
      detail: '振込申請の前に、マイページの「振込先口座」から口座を登録してください。',
    },
    en: {
      title: 'No bank account for payouts',
      detail: 'Register your bank account under My page → Bank account before requesting a payout.',
    },
  },
  'payout-transition-invalid': {
    status: 409,
    ja: {
      title: 'この振込申請は現在の状態では操作できません',
      detail: '振込申請はすでに処理済みか、まだ振込の手続きに入っていません。ページを再読み込みして確認してください。',
    },
    en: {
      title: 'Not possible in the payout’s current state',
      detail: 'The payout has already been handled, or is not in a batch yet. Reload to see it.',
    },
  },
  'payout-date-not-business-day': {
    status: 422,
    ja: {
      title: 'この日は銀行の営業日ではありません',
      detail:
        '振込日は銀行の営業日(土日・祝日・12月31日〜1月3日を除く日)にしてください。前後の営業日は previous と next に示しています。',
    },
    en: {
      title: 'Banks do not transfer on this day',
      detail:
        'Choose a bank business day (not a weekend, a national holiday or 31 December to 3 January); the nearest ones are given as previous and next.',
    },
  },
  'payout-date-past': {
    status: 422,
    ja: {
      title: '過ぎた日付には振り込めません',
      detail: '振込日は今日(日本時間)以降の日付にしてください。',
    },
    en: {
      title: 'This date has passed',
      detail: 'Choose today (Japan time) or a later date.',
    },
  },
  'payout-date-after-promise': {
    status: 409,
    ja: {
      title: '振込予定日を過ぎる日付です',
      detail:
        'この振込日では、会員に伝えた振込予定日(promisedDate)より遅れる申請が含まれます。latest までの日付で振込データを作成してください。予定日をすでに過ぎた申請は、今日か翌営業日の振込データに入れてください。',
    },
    en: {
      title: 'This date is later than a transfer date the members were given',
      detail:
        'A request this batch would take was promised an earlier date (promisedDate). Choose latest or an earlier date; requests already late go into a batch for today or the next business day.',
    },
  },
  'payout-before-transfer-date': {
    status: 409,
    ja: {
      title: '振込日より前に振込完了にはできません',
      detail:
        'この振込は振込データの振込日(transferDate)に行われます。振込日になってから、入金の結果を確認して振込完了にしてください。振込ができなかった場合は、振込日より前でも振込失敗にできます。',
    },
    en: {
      title: 'A transfer cannot be done before its transfer date',
      detail:
        'The transfer is made on its batch’s date (transferDate). Mark it done on that date or later, once the bank has confirmed it; a failure can be recorded earlier.',
    },
  },
  'payout-batch-empty': {
    status: 409,
    ja: {
      title: '振込対象の申請がありません',
      detail: 'この振込日までに振込予定の申請はすべて振込の手続き済みです。',
    },
    en: {
      title: 'Nothing to pay on this date',
      detail: 'Every payout due by this date is already in a batch.',
    },
  },
} satisfies Record<string, ProblemDef>;
