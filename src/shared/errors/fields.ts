// Field-level error codes, used in `errors[]` of a `validation-failed` problem; `{name}`
// stands for a parameter (`fieldMessage` fills it in).

import type { FieldErrorCode } from '../../domain/problem-codes';

export const FIELD_ERRORS = {
  'contact-details': {
    ja: '連絡先やサービス外での取引の誘いが含まれています(利用規約 第7条)。修正するか、スタッフに確認を依頼してください。',
    en: 'This contains contact details or an invitation to deal outside (terms, article 7). Edit it, or ask staff to review it.',
  },
  required: {
    ja: '入力してください。',
    en: 'This field is required.',
  },
  'invalid-type': {
    ja: '入力形式が正しくありません。',
    en: 'This value has the wrong type.',
  },
  'too-short': {
    ja: '{min}文字以上で入力してください。',
    en: 'Enter at least {min} characters.',
  },
  'too-long': {
    ja: '{max}文字以内で入力してください。',
    en: 'Enter at most {max} characters.',
  },
  'too-small': {
    ja: '{min}以上の値を入力してください。',
    en: 'Enter {min} or more.',
  },
  'too-big': {
    ja: '{max}以下の値を入力してください。',
    en: 'Enter {max} or less.',
  },
  'too-many': {
    ja: '{max}件までです。',
    en: 'At most {max} items.',
  },
  'not-integer': {
    ja: '整数(半角数字)で入力してください。',
    en: 'Enter a whole number.',
  },
  'invalid-choice': {
    ja: '選択肢の中から選んでください。',
    en: 'Choose one of the options.',
  },
  'unknown-field': {
    ja: 'この項目は受け付けていません。',
    en: 'This field is not accepted.',
  },
  'control-characters': {
    ja: '制御文字は使えません。',
    en: 'Control characters are not allowed.',
  },
  'email-invalid': {
    ja: 'メールアドレスの形式が正しくありません(例: hanako@example.jp)。',
    en: 'Enter a valid email address (e.g. hanako@example.jp).',
  },
  'username-invalid': {
    ja: 'ユーザー名は半角英小文字・数字・アンダースコア(_)の3〜20文字で入力してください。',
    en: 'Use 3–20 lower-case letters, digits or underscores.',
  },
  'invoice-number-invalid': {
    ja: '登録番号は「T」と13桁の数字で入力してください(例: T1234567890123)。',
    en: 'Enter T followed by 13 digits (e.g. T1234567890123).',
  },
  'legal-name-invalid': {
    ja: '氏名は戸籍・住民票のとおりに2〜60文字で入力してください(数字・記号は使えません。例: 山田 花子)。',
    en: 'Enter your legal name as registered, 2–60 characters, without digits or symbols (e.g. Hanako Yamada).',
  },
  'address-invalid': {
    ja: '住所は都道府県から、住民票のとおりに6〜200文字で入力してください(例: 東京都千代田区千代田1-1)。',
    en: 'Enter your registered address starting with the prefecture, 6–200 characters (e.g. 東京都千代田区千代田1-1).',
  },
  'username-reserved': {
    ja: 'このユーザー名は予約されているため使えません。',
    en: 'This username is reserved.',
  },
  'username-taken': {
    ja: 'このユーザー名はすでに使われています。ユーザー名は登録後に変更できないため、慎重に選んでください。',
    en: 'This username is taken. It cannot be changed later, so choose carefully.',
  },
  'password-too-short': {
    ja: 'パスワードは8文字以上にしてください。',
    en: 'Use at least 8 characters.',
  },
  'password-too-long': {
    ja: 'パスワードは128文字以内にしてください。',
    en: 'Use at most 128 characters.',
  },
  'password-common': {
    ja: 'このパスワードはよく使われていて推測されやすいため使えません。別のパスワードにしてください。',
    en: 'This password is too common and easy to guess. Choose another.',
  },
  'password-contains-email': {
    ja: 'パスワードにメールアドレスやユーザー名を含めないでください。',
    en: 'Do not use your email address or username in the password.',
  },
  'display-name-invalid': {
    ja: '表示名は1〜40文字で入力してください(改行や制御文字は使えません)。',
    en: 'Use 1–40 characters without line breaks or control characters.',
  },
  'terms-not-accepted': {
    ja: '利用規約への同意が必要です。',
    en: 'You must accept the terms of use.',
  },
  'settlement-milestone-missing': {
    ja: '仮払い済みのすべてのマイルストーンについて、受注者に支払う金額を指定してください。',
    en: 'Say how much the worker is paid for every funded milestone.',
  },
  'settlement-milestone-unknown': {
    ja: 'このマイルストーンは精算の対象ではありません(仮払いされていないか、すでに終了しています)。',
    en: 'This milestone has no money in escrow to settle.',
  },
  'settlement-milestone-twice': {
    ja: '同じマイルストーンが2回指定されています。',
    en: 'The same milestone appears twice.',
  },
  'settlement-amount-invalid': {
    ja: '0円から{max}円(契約金額・税抜)までの整数で入力してください。',
    en: 'Enter a whole number of yen from 0 to {max} (the amount before tax).',
  },
  'payout-below-minimum': {
    ja: '振込申請は{min}円以上で申請してください(退会のための全額振込は除きます)。',
    en: 'Request at least ¥{min} (except the final payout before leaving).',
  },
  'payout-exceeds-balance': {
    ja: '報酬残高({balance}円)を超えています。',
    en: 'This is more than your earnings balance (¥{balance}).',
  },
  'payout-fee-exceeds': {
    ja: '振込手数料({fee}円)より多い金額を申請してください。',
    en: 'Request more than the payout fee (¥{fee}).',
  },
  'payout-final-must-be-whole': {
    ja: '退会のための全額振込では、報酬残高の全額({balance}円)を申請してください。',
    en: 'The final payout is the whole balance (¥{balance}).',
  },
  'bank-code-invalid': {
    ja: '金融機関コードは4桁の数字で入力してください。',
    en: 'Enter the 4-digit bank code.',
  },
  'bank-not-found': {
    ja: 'この金融機関コードの銀行は見つかりません。金融機関名で検索して選んでください。',
    en: 'No bank has this code. Search by the bank name and choose it.',
  },
  'branch-code-invalid': {
    ja: '支店コードは3桁の数字で入力してください。',
    en: 'Enter the 3-digit branch code.',
  },
  'branch-not-found': {
    ja: 'この銀行にこの支店コードの支店はありません。支店名で検索して選んでください。',
    en: 'This bank has no branch with this code. Search by the branch name and choose it.',
  },
  'account-number-invalid': {
    ja: '口座番号は7桁の数字で入力してください(7桁に満たない場合は先頭に0を付けてください)。',
    en: 'Enter the 7-digit account number (add leading zeros if it is shorter).',
  },
  'holder-name-invalid': {
    ja: '口座名義に使えない文字があります({chars})。カタカナ・英大文字・数字で、通帳のとおりに入力してください。',
    en: 'These characters cannot be used in the holder name ({chars}). Use katakana, capital letters and digits as in your passbook.',
  },
  'holder-name-mark-invalid': {
    ja: '濁点(゛)・半濁点(゜)を付けられない文字に付いています({chars})。濁点はカ・サ・タ・ハ行とウ、半濁点はハ行のカナにだけ付けられます。',
    en: 'A voiced mark follows a character that cannot take it ({chars}). ゛ goes only after カ, サ, タ, ハ-row kana and ウ; ゜ only after ハ-row kana.',
  },
  'holder-name-too-long': {
    ja: '口座名義は半角カナにして{max}文字以内にしてください(いまは{length}文字です。濁点・半濁点も1文字に数えます)。通帳のとおりに省略してください。',
    en: 'The holder name may be at most {max} characters in half-width kana (it is {length}; voiced marks count as one). Shorten it as your passbook does.',
  },
  'url-invalid': {
    ja: 'http:// または https:// で始まる URL を入力してください。',
    en: 'Enter a URL that starts with http:// or https://.',
  },
  'email-taken': {
    ja: 'このメールアドレスはほかのアカウントで使われているため使えません。',
    en: 'Another account uses this email address.',
  },
  'description-too-short': {
    ja: '仕事の詳細は20文字以上で入力してください。',
    en: 'Describe the work in at least 20 characters.',
  },
  'task-worker-limit-over-slots': {
    ja: '1人あたりの提出上限は募集する件数({max}件)以下にしてください。',
    en: 'The submissions per worker may not exceed the slots ({max}).',
  },
  'task-budget-too-big': {
    ja: '件数×単価(タスクの予算)は{max}円以内にしてください。',
    en: 'Slots × unit price (the task budget) may be at most ¥{max}.',
  },
  'budget-range': {
    ja: '予算の上限は下限以上にしてください。',
    en: 'The upper budget must be at least the lower one.',
  },
  'due-date-past': {
    ja: '納期は今日以降の日付にしてください。',
    en: 'The due date must be today or later.',
  },
  'deadline-past': {
    ja: '募集期限は現在より後の日時にしてください。',
    en: 'The deadline must be in the future.',
  },
  'deadline-too-far': {
    ja: '募集期限は{max}日以内にしてください。',
    en: 'The deadline must be within {max} days.',
  },
  'delivery-before-deadline': {
    ja: '希望納期は募集期限より後の日付にしてください。',
    en: 'The delivery date must be after the application deadline.',
  },
  'valid-until-past': {
    ja: '有効期限は今日以降の日付にしてください。',
    en: 'The valid-until date must be today or later.',
  },
  'valid-until-too-far': {
    ja: '有効期限は今日から{max}日以内の日付にしてください。',
    en: 'The valid-until date must be within {max} days from today.',
  },
  'date-invalid': {
    ja: '日付の形式が正しくありません(例: 2026-12-31)。',
    en: 'Enter a valid date (e.g. 2026-12-31).',
  },
  'restriction-end-invalid': {
    ja: '終了日時は今より後、{max}日以内にしてください。期限を決めない場合は「見直しまで」を選んでください。',
    en: 'The end must be after now and within {max} days. Choose "until reviewed" for no fixed end.',
  },
  'date-range': {
    ja: '終了日は開始日と同じか、それより後の日付にしてください。',
    en: 'The last day must be the first day or later.',
  },
  'user-not-found': {
    ja: 'このユーザー名の会員は見つかりません。',
    en: 'No member has this username.',
  },
  'offer-to-self': {
    ja: '自分自身にはオファーを送れません。',
    en: 'You cannot send an offer to yourself.',
  },
  'attachment-invalid': {
    ja: '添付ファイルが見つからないか、すでにほかで使われています。添付し直してください。',
    en: 'An attachment was not found or is already used elsewhere. Attach it again.',
  },
  'email-unchanged': {
    ja: '現在のメールアドレスと同じです。',
    en: 'This is your current email address.',
  },
  'password-wrong': {
    ja: 'パスワードが違います。現在のパスワードを入力してください。',
    en: 'Wrong password. Enter your current password.',
  },
  'password-unchanged': {
    ja: '現在のパスワードと同じです。別のパスワードにしてください。',
    en: 'This is your current password. Choose a different one.',
  },
  'name-duplicate': {
    ja: '同じ名前がすでにあります。別の名前にしてください。',
    en: 'This name is already used here. Choose a different one.',
  },
  'package-not-of-service': {
    ja: 'このサービスのパッケージを選んでください。',
    en: 'Choose one of this service’s packages.',
  },
  'option-not-of-service': {
    ja: 'このサービスの有料オプションではありません。選び直してください。',
    en: 'This is not a paid option of this service. Choose again.',
  },
  'month-range': {
    ja: '終了月は開始月と同じか、それより後の月にしてください。',
    en: 'The last month must be the first month or later.',
  },
  'month-span': {
    ja: '期間は24か月以内にしてください。開始月か終了月を変えてください。',
    en: 'Choose at most 24 months. Change the first or the last month.',
  },
  'totp-code-wrong': {
    ja: '確認コードが違います。認証アプリに表示されている最新の6桁を入力してください（一度使ったコードは使えません）。',
    en: 'Wrong code. Enter the newest 6 digits your authenticator app shows (a code can be used once).',
  },
} as const satisfies Record<FieldErrorCode, { ja: string; en: string }>;
