// Problems of any request: malformed input, authentication, limits, idempotency keys, the server itself.
import type { ProblemDef } from './types';

export const HTTP_PROBLEMS = {
  'validation-failed': {
    status: 400,
    ja: {
      title: '入力内容に誤りがあります',
      detail: '赤く表示された項目を確認して、もう一度送信してください。',
    },
    en: {
      title: 'Some fields are invalid',
      detail: 'Check the highlighted fields and send the form again.',
    },
  },
  'malformed-json': {
    status: 400,
    ja: {
      title: 'リクエストの形式が正しくありません',
      detail: '送信されたデータを JSON として読み取れませんでした。ページを再読み込みしてからもう一度お試しください。',
    },
    en: {
      title: 'The request body is not valid JSON',
      detail: 'The body could not be read as JSON. Reload the page and try again.',
    },
  },
  'json-too-deep': {
    status: 400,
    ja: {
      title: 'リクエストの形式が正しくありません',
      detail: '送信されたデータの入れ子が深すぎます(32段まで)。ページを再読み込みしてからもう一度お試しください。',
    },
    en: {
      title: 'The request body is nested too deeply',
      detail: 'The JSON body is nested deeper than 32 levels. Reload the page and try again.',
    },
  },
  'malformed-multipart': {
    status: 400,
    ja: {
      title: 'ファイルを受け取れませんでした',
      detail:
        '送信されたファイルのデータが途中で切れているか、形式が正しくありません。ファイルを選び直してもう一度お試しください。',
    },
    en: {
      title: 'The upload could not be read',
      detail: 'The uploaded form data is cut short or malformed. Choose the file again and retry.',
    },
  },
  'bad-request': {
    status: 400,
    ja: {
      title: 'リクエストが正しくありません',
      detail: 'リクエストを処理できませんでした。ページを再読み込みしてからもう一度お試しください。',
    },
    en: {
      title: 'Bad request',
      detail: 'The request could not be processed. Reload the page and try again.',
    },
  },
  unauthenticated: {
    status: 401,
    ja: {
      title: 'ログインが必要です',
      detail: 'この操作にはログインが必要です。ログインしてからもう一度お試しください。',
    },
    en: {
      title: 'You need to log in',
      detail: 'This action needs you to be logged in. Log in and try again.',
    },
  },
  forbidden: {
    status: 403,
    ja: {
      title: 'この操作は許可されていません',
      detail: 'このアカウントではこの操作を行えません。',
    },
    en: {
      title: 'This action is not allowed',
      detail: 'This account may not perform this action.',
    },
  },
  'staff-conflict-of-interest': {
    status: 403,
    ja: {
      title: 'ご自身が当事者の案件は操作できません',
      detail:
        'この操作の対象には、あなた自身の契約・入金・振込が含まれています。公正のため、ほかのスタッフが対応してください。この操作の試みは監査ログに記録されました。',
    },
    en: {
      title: 'You are a party to this',
      detail:
        'This involves your own contract, deposit or transfer. Another staff member must act on it. The attempt was recorded in the audit log.',
    },
  },
  'csrf-failed': {
    status: 403,
    ja: {
      title: 'ページの有効期限が切れました',
      detail: 'セキュリティ確認(CSRF トークン)が一致しませんでした。ページを再読み込みしてからもう一度お試しください。',
    },
    en: {
      title: 'The page has expired',
      detail: 'The security check (CSRF token) did not match. Reload the page and try again.',
    },
  },
  'not-found': {
    status: 404,
    ja: {
      title: 'ページが見つかりません',
      detail: 'お探しのページやデータは存在しないか、閲覧する権限がありません。',
    },
    en: {
      title: 'Not found',
      detail: 'What you are looking for does not exist or you may not see it.',
    },
  },
  'method-not-allowed': {
    status: 405,
    ja: {
      title: 'この操作はできません',
      detail: 'このアドレスはこの HTTP メソッドに対応していません。',
    },
    en: {
      title: 'Method not allowed',
      detail: 'This address does not accept this HTTP method.',
    },
  },
  'uri-too-long': {
    status: 414,
    ja: {
      title: 'アドレスが長すぎます',
      detail: 'アドレス(URL)が長すぎるため処理できません。正しいリンクから開き直してください。',
    },
    en: {
      title: 'The address is too long',
      detail: 'The URL is too long to process. Open the page again from a correct link.',
    },
  },
  'headers-too-large': {
    status: 431,
    ja: {
      title: 'リクエストヘッダーが大きすぎます',
      detail:
        'アドレスかクッキーが大きすぎるため処理できません。このサイトのクッキーを削除するか、正しいリンクから開き直してください。',
    },
    en: {
      title: 'Request headers too large',
      detail:
        'The address or the cookies are too large to process. Clear this site’s cookies or open the page again from a correct link.',
    },
  },
  'request-timeout': {
    status: 408,
    ja: {
      title: 'リクエストがタイムアウトしました',
      detail:
        'リクエストの受信に時間がかかりすぎたため、処理を中止しました。データは変更されていません。もう一度お試しください。',
    },
    en: {
      title: 'Request timeout',
      detail: 'The request took too long to arrive, so it was abandoned; nothing was changed. Try again.',
    },
  },
  'payload-too-large': {
    status: 413,
    ja: {
      title: '送信データが大きすぎます',
      detail: '送信できるデータの上限を超えています。内容を減らしてもう一度お試しください。',
    },
    en: {
      title: 'The request is too large',
      detail: 'The request exceeds the size limit. Send less data.',
    },
  },
  'unsupported-media-type': {
    status: 415,
    ja: {
      title: 'データ形式に対応していません',
      detail: 'このアドレスは JSON(application/json)のみ受け付けます。',
    },
    en: {
      title: 'Unsupported media type',
      detail: 'This address accepts JSON (application/json) only.',
    },
  },
  'too-many-requests': {
    status: 429,
    ja: {
      title: 'リクエストが多すぎます',
      detail: '短時間に多くのリクエストがありました。しばらく待ってからもう一度お試しください。',
    },
    en: {
      title: 'Too many requests',
      detail: 'Too many requests in a short time. Wait a moment and try again.',
    },
  },
  'busy-retry': {
    status: 503,
    ja: {
      title: '混み合っているため処理できませんでした',
      detail:
        '同じデータへの操作が重なったか、データベースとの接続が一時的に途切れたため、この操作は取り消されました。データは変更されていません。少し待ってからもう一度お試しください。',
    },
    en: {
      title: 'Busy, please retry',
      detail:
        'Another operation on the same data got in the way, or the connection to the database was lost for a moment, so this one was undone; nothing was changed. Wait a moment and try again.',
    },
  },
  'internal-error': {
    status: 500,
    ja: {
      title: 'サーバーでエラーが発生しました',
      detail:
        '申し訳ありません。処理中に問題が発生しました。データは変更されていません。時間をおいてもう一度お試しください。問題が続く場合はリクエスト ID をお知らせください。',
    },
    en: {
      title: 'Internal server error',
      detail: 'Something went wrong on our side; nothing was changed. Try again later and quote the request id if it persists.',
    },
  },
  'service-unavailable': {
    status: 503,
    ja: {
      title: 'ただいま利用できません',
      detail: 'データベースに接続できません。しばらく待ってからもう一度お試しください。',
    },
    en: {
      title: 'Service unavailable',
      detail: 'The database cannot be reached. Try again in a moment.',
    },
  },
  'idempotency-key-invalid': {
    status: 400,
    ja: {
      title: 'Idempotency-Key ヘッダーが正しくありません',
      detail: 'Idempotency-Key は1〜200文字の半角英数字・記号で指定してください。',
    },
    en: {
      title: 'The Idempotency-Key header is invalid',
      detail: 'Use 1–200 visible ASCII characters for the Idempotency-Key.',
    },
  },
  'idempotency-key-reused': {
    status: 422,
    ja: {
      title: '同じ Idempotency-Key が別の内容で使われています',
      detail: 'この Idempotency-Key は内容の違うリクエストにすでに使われています。新しい操作には新しいキーを使ってください。',
    },
    en: {
      title: 'The Idempotency-Key was used for another request',
      detail: 'This key was already used with a different request. Use a new key for a new action.',
    },
  },
} satisfies Record<string, ProblemDef>;
