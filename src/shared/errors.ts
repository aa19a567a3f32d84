// The one catalogue of problem codes. The server maps every refusal to one of these
// codes; the web app shows the message for the code. A code, once published, never
// changes meaning: clients may branch on it.

export type Lang = 'ja' | 'en';

interface ProblemDef {
  status: number;
  ja: { title: string; detail: string };
  en: { title: string; detail: string };
}

const def = (status: number, jaTitle: string, jaDetail: string, enTitle: string, enDetail: string): ProblemDef => ({
  status,
  ja: { title: jaTitle, detail: jaDetail },
  en: { title: enTitle, detail: enDetail },
});

export const PROBLEMS = {
  // ── generic HTTP ────────────────────────────────────────────────────────────
  'validation-failed': def(
    400,
    '入力内容に誤りがあります',
    '赤く表示された項目を確認して、もう一度送信してください。',
    'Some fields are invalid',
    'Check the highlighted fields and send the form again.',
  ),
  'malformed-json': def(
    400,
    'リクエストの形式が正しくありません',
    '送信されたデータを JSON として読み取れませんでした。ページを再読み込みしてからもう一度お試しください。',
    'The request body is not valid JSON',
    'The body could not be read as JSON. Reload the page and try again.',
  ),
  'json-too-deep': def(
    400,
    'リクエストの形式が正しくありません',
    '送信されたデータの入れ子が深すぎます(32段まで)。ページを再読み込みしてからもう一度お試しください。',
    'The request body is nested too deeply',
    'The JSON body is nested deeper than 32 levels. Reload the page and try again.',
  ),
  'malformed-multipart': def(
    400,
    'ファイルを受け取れませんでした',
    '送信されたファイルのデータが途中で切れているか、形式が正しくありません。ファイルを選び直してもう一度お試しください。',
    'The upload could not be read',
    'The uploaded form data is cut short or malformed. Choose the file again and retry.',
  ),
  'bad-request': def(
    400,
    'リクエストが正しくありません',
    'リクエストを処理できませんでした。ページを再読み込みしてからもう一度お試しください。',
    'Bad request',
    'The request could not be processed. Reload the page and try again.',
  ),
  unauthenticated: def(
    401,
    'ログインが必要です',
    'この操作にはログインが必要です。ログインしてからもう一度お試しください。',
    'You need to log in',
    'This action needs you to be logged in. Log in and try again.',
  ),
  forbidden: def(
    403,
    'この操作は許可されていません',
    'このアカウントではこの操作を行えません。',
    'This action is not allowed',
    'This account may not perform this action.',
  ),
  'staff-conflict-of-interest': def(
    403,
    'ご自身が当事者の案件は操作できません',
    'この操作の対象には、あなた自身の契約・入金・振込が含まれています。公正のため、ほかのスタッフが対応してください。この操作の試みは監査ログに記録されました。',
    'You are a party to this',
    'This involves your own contract, deposit or transfer. Another staff member must act on it. The attempt was recorded in the audit log.',
  ),
  'csrf-failed': def(
    403,
    'ページの有効期限が切れました',
    'セキュリティ確認(CSRF トークン)が一致しませんでした。ページを再読み込みしてからもう一度お試しください。',
    'The page has expired',
    'The security check (CSRF token) did not match. Reload the page and try again.',
  ),
  'not-found': def(
    404,
    'ページが見つかりません',
    'お探しのページやデータは存在しないか、閲覧する権限がありません。',
    'Not found',
    'What you are looking for does not exist or you may not see it.',
  ),
  'method-not-allowed': def(
    405,
    'この操作はできません',
    'このアドレスはこの HTTP メソッドに対応していません。',
    'Method not allowed',
    'This address does not accept this HTTP method.',
  ),
  'uri-too-long': def(
    414,
    'アドレスが長すぎます',
    'アドレス(URL)が長すぎるため処理できません。正しいリンクから開き直してください。',
    'The address is too long',
    'The URL is too long to process. Open the page again from a correct link.',
  ),
  'headers-too-large': def(
    431,
    'リクエストヘッダーが大きすぎます',
    'アドレスかクッキーが大きすぎるため処理できません。このサイトのクッキーを削除するか、正しいリンクから開き直してください。',
    'Request headers too large',
    'The address or the cookies are too large to process. Clear this site’s cookies or open the page again from a correct link.',
  ),
  'request-timeout': def(
    408,
    'リクエストがタイムアウトしました',
    'リクエストの受信に時間がかかりすぎたため、処理を中止しました。データは変更されていません。もう一度お試しください。',
    'Request timeout',
    'The request took too long to arrive, so it was abandoned; nothing was changed. Try again.',
  ),
  'payload-too-large': def(
    413,
    '送信データが大きすぎます',
    '送信できるデータの上限を超えています。内容を減らしてもう一度お試しください。',
    'The request is too large',
    'The request exceeds the size limit. Send less data.',
  ),
  'unsupported-media-type': def(
    415,
    'データ形式に対応していません',
    'このアドレスは JSON(application/json)のみ受け付けます。',
    'Unsupported media type',
    'This address accepts JSON (application/json) only.',
  ),
  'too-many-requests': def(
    429,
    'リクエストが多すぎます',
    '短時間に多くのリクエストがありました。しばらく待ってからもう一度お試しください。',
    'Too many requests',
    'Too many requests in a short time. Wait a moment and try again.',
  ),
  'busy-retry': def(
    503,
    '混み合っているため処理できませんでした',
    '同じデータへの操作が重なったか、データベースとの接続が一時的に途切れたため、この操作は取り消されました。データは変更されていません。少し待ってからもう一度お試しください。',
    'Busy, please retry',
    'Another operation on the same data got in the way, or the connection to the database was lost for a moment, so this one was undone; nothing was changed. Wait a moment and try again.',
  ),
  'internal-error': def(
    500,
    'サーバーでエラーが発生しました',
    '申し訳ありません。処理中に問題が発生しました。データは変更されていません。時間をおいてもう一度お試しください。問題が続く場合はリクエスト ID をお知らせください。',
    'Internal server error',
    'Something went wrong on our side; nothing was changed. Try again later and quote the request id if it persists.',
  ),
  'service-unavailable': def(
    503,
    'ただいま利用できません',
    'データベースに接続できません。しばらく待ってからもう一度お試しください。',
    'Service unavailable',
    'The database cannot be reached. Try again in a moment.',
  ),

  // ── accounts ────────────────────────────────────────────────────────────────
  'invalid-credentials': def(
    401,
    'メールアドレスまたはパスワードが違います',
    '入力内容を確認してください。パスワードを忘れた場合は「パスワードを忘れた方」から再設定できます。',
    'Wrong email or password',
    'Check what you typed. If you forgot your password, reset it from "Forgot your password?".',
  ),
  'email-not-verified': def(
    403,
    'メールアドレスの確認が済んでいません',
    '登録時にお送りした確認メールのリンクを開いてください。メールが届かない場合は確認メールを再送できます。',
    'Your email address is not verified yet',
    'Open the link in the verification mail we sent. You can have it sent again.',
  ),
  'login-throttled': def(
    429,
    'ログインの試行回数が多すぎます',
    '安全のため、このアカウントへのログインを一時的に止めています。しばらく待つか、パスワードを再設定してください。',
    'Too many login attempts',
    'For your safety, logins to this account are paused for a while. Wait, or reset your password.',
  ),
  'password-throttled': def(
    429,
    'パスワードの入力に続けて失敗しました',
    '安全のため、このアカウントのパスワード確認を一時的に止めています。しばらく待ってからもう一度お試しください。パスワードを忘れた場合は再設定してください。',
    'Too many wrong passwords',
    'For your safety, password checks for this account are paused for a while. Wait and try again, or reset your password.',
  ),
  'token-invalid': def(
    400,
    'リンクが無効です',
    'このリンクは使用済みか、正しくありません。もう一度手続きをやり直してください。',
    'This link is not valid',
    'The link was already used or is not correct. Start the procedure again.',
  ),
  'token-expired': def(
    410,
    'リンクの有効期限が切れています',
    'もう一度手続きをやり直して、新しいリンクを受け取ってください。',
    'This link has expired',
    'Start the procedure again to receive a new link.',
  ),
  'password-wrong': def(
    403,
    'パスワードが違います',
    '現在のパスワードを正しく入力してください。',
    'Wrong password',
    'Enter your current password.',
  ),
  'session-not-found': def(
    404,
    'ログイン中の端末が見つかりません',
    'この端末はすでにログアウトしています。一覧を再読み込みしてください。',
    'Session not found',
    'That device is already logged out. Reload the list.',
  ),
  'account-withdrawn': def(
    409,
    'このアカウントは退会済みまたは退会手続き中です',
    '退会済み・退会手続き中のアカウントではこの操作はできません。',
    'This account is withdrawn or withdrawing',
    'A withdrawn or withdrawing account cannot do this.',
  ),
  'account-suspended': def(
    403,
    'このアカウントは利用停止中です',
    '利用規約に基づき、このアカウントの利用を停止しています。お問い合わせ窓口からご連絡ください。',
    'This account is suspended',
    'This account is suspended under the terms of use. Please contact support.',
  ),

  // ── withdrawal ──────────────────────────────────────────────────────────────
  'withdrawal-blocked': def(
    409,
    'まだ退会できません',
    '完了していない取引や手続きがあります。下の一覧の項目をすべて解消すると退会できます。',
    'You cannot withdraw yet',
    'Some deals or procedures are still open. Resolve every item listed to withdraw.',
  ),
  'account-withdrawn-login': def(
    403,
    'このアカウントは退会済みです',
    '退会手続きが完了しているため、ログインできません。退会の取り消しは、退会完了メールに記載のリンクから期限内に行えます。同じメールアドレスで新しく登録し直すこともできます(実績・評価は引き継がれません)。',
    'This account has been withdrawn',
    'Withdrawal is complete, so you cannot log in. To undo it, use the link in the withdrawal mail before it expires. You can also register again with the same address (your record is not carried over).',
  ),
  'restore-link-used': def(
    409,
    'この取り消しリンクはすでに使われています',
    'このリンクで退会はすでに取り消され、アカウントは元に戻っています。ログインしてご利用ください。もう一度退会した場合は、そのときの退会完了メールのリンクをお使いください。',
    'This undo link has already been used',
    'The withdrawal was already undone with this link and the account is back. Please log in. If you withdrew again since, use the link in that withdrawal mail.',
  ),
  'restore-unavailable': def(
    410,
    '退会を取り消せません',
    '取り消しの期限が過ぎたか、「すぐに削除」を選んだか、同じメールアドレスで新しく登録されたため、このアカウントは復元できません。新しく会員登録してください。',
    'The withdrawal cannot be undone',
    'The undo period has ended, "erase now" was chosen, or the address was registered again, so this account cannot be restored. Please register again.',
  ),

  // ── jobs ────────────────────────────────────────────────────────────────────
  'job-not-editable': def(
    409,
    'この仕事は変更できません',
    '募集終了・中止した仕事は編集できません。募集を再開するか、新しく仕事を登録してください。',
    'This job cannot be edited',
    'Closed or cancelled jobs cannot be edited. Reopen it or post a new job.',
  ),
  'job-transition-invalid': def(
    409,
    'この操作は現在の状態ではできません',
    'この仕事の状態が変わったため、操作できませんでした。ページを再読み込みして状態を確認してください。',
    'Not possible in the current state',
    'The job has changed state, so this action is not possible. Reload to see its state.',
  ),

  // ── applications ────────────────────────────────────────────────────────────
  'job-not-open': def(
    409,
    'この仕事は募集していません',
    'この仕事の募集は終了したか、まだ始まっていません。ほかの仕事を探してください。',
    'This job is not open',
    'Applications for this job are closed or have not started. Look for other jobs.',
  ),
  'job-deadline-passed': def(
    409,
    '募集期限を過ぎています',
    'この仕事の募集期限が過ぎたため、応募できません。',
    'The deadline has passed',
    'The application deadline of this job has passed.',
  ),
  'job-kind-not-applicable': def(
    409,
    'この形式の仕事には応募できません',
    'タスク形式・コンペ形式の仕事は、応募ではなく作業の提出・作品の応募で参加します。',
    'This kind of job takes no applications',
    'Task and competition jobs take submissions or entries, not applications.',
  ),
  'own-job': def(
    409,
    '自分の仕事には応募できません',
    'ご自身が依頼した仕事には応募できません。',
    'You cannot apply to your own job',
    'You posted this job yourself.',
  ),
  'already-applied': def(
    409,
    'この仕事にはすでに応募しています',
    '同じ仕事に応募できるのは1回です。応募内容は「応募した仕事」から確認できます。',
    'You already applied',
    'You can apply to a job once. See it under "My applications".',
  ),
  'application-transition-invalid': def(
    409,
    'この応募は現在の状態では操作できません',
    '応募の状態が変わったため、操作できませんでした。ページを再読み込みして確認してください。',
    'Not possible in the current state',
    'The application has changed state. Reload to see it.',
  ),
  'hires-full': def(
    409,
    '採用予定人数に達しています',
    'この仕事の採用予定人数まで採用済みです。さらに採用するには、仕事の採用予定人数を増やしてください。',
    'All positions are filled',
    'You have hired as many people as the job asks for. Raise the number of hires to hire more.',
  ),

  'entries-limit': def(
    409,
    '応募できる作品数の上限に達しています',
    'ひとつのコンペに応募できる作品は5点までです。不要な作品を取り下げてから応募してください。',
    'Entry limit reached',
    'You can enter at most 5 works per competition. Withdraw one first.',
  ),
  'job-escrow-required': def(
    409,
    'タスク・コンペは仮払いしてから公開されます',
    'タスク形式・コンペ形式の仕事は、報酬の仮払いが完了すると公開されます。下書きを保存し、仕事のページで「仮払いして公開する」から支払ってください。',
    'Task and competition jobs are published once paid into escrow',
    'Save the job as a draft and pay its budget into escrow from the job page; it is published when the payment is complete.',
  ),
  'job-not-fundable': def(
    409,
    'この仕事は仮払いできません',
    '公開前の仮払いが必要なのは、下書きのタスク形式・コンペ形式の仕事だけです。プロジェクト形式は契約のあとにマイルストーンごとに仮払いします。',
    'This job cannot be paid into escrow',
    'Only draft task and competition jobs are paid before publishing. Project work is paid per milestone after the contract.',
  ),
  'job-money-locked': def(
    409,
    '仮払い後は報酬の条件を変えられません',
    '仮払い済み(または振込待ち)の仕事は、形式・単価・件数・賞金・採用なしの扱いを変更できません。変えるときは、振込待ちの仮払いを取り消すか、募集を中止して新しく作成してください。',
    'The pay of this job is fixed',
    'Once paid (or a transfer is waiting), the kind, unit price, slots, prize and no-winner rule cannot change. Cancel the waiting transfer, or cancel the job and post a new one.',
  ),
  'job-has-submissions': def(
    409,
    '提出のあるタスクは中止できません',
    '作業の提出があるタスクは中止できません。「募集を終了する」を使うと、使われなかった枠の仮払い金が返金され、提出済みの作業は判定を続けられます。',
    'A task with submissions cannot be cancelled',
    'Close the task instead: the unused slots are refunded and the submissions can still be judged.',
  ),
  'job-has-entries': def(
    409,
    '応募作品のあるコンペは中止できません',
    '作品の応募があるコンペは中止できません。募集を終了して採用作品を選んでください(採用なしでの終了を認めている場合は、採用なしで終了することもできます)。',
    'A competition with entries cannot be cancelled',
    'Close it and choose a winner (or close without a winner if the competition allows it).',
  ),
  'job-reopen-settled': def(
    409,
    '精算済みのため再開できません',
    'タスクは募集終了のときに未使用枠を返金済みのため、また結果の出たコンペは、募集を再開できません。新しく仕事を作成してください。',
    'This job has been settled and cannot reopen',
    'A closed task has refunded its unused slots, and a finished competition cannot start again. Post a new job.',
  ),
  'task-slots-full': def(
    409,
    'タスクの枠が埋まっています',
    'すべての枠に提出があります。非承認や取り下げで枠が空くと、また提出できます。',
    'Every slot is taken',
    'All slots have a submission. When one is rejected or withdrawn, a slot opens again.',
  ),
  'task-worker-limit': def(
    409,
    '1人あたりの提出上限に達しています',
    'このタスクに1人が提出できる件数(非承認になった提出も含みます)の上限まで提出済みです。判定前の提出を取り下げると、また提出できます。',
    'You have made as many submissions as one worker may',
    'This task limits how many submissions one worker may make (rejected ones included), and you have reached it. Withdrawing a submission not yet judged frees one.',
  ),
  'task-reject-limit': def(
    409,
    '非承認にできる上限に達しています',
    '非承認にできるのは、受け取った提出の一定の割合(初期設定では30%)までです。提出が増えると、また非承認にできます。明らかな不正や無関係な提出は、運営事務局にご報告ください。',
    'Rejection limit reached',
    'You may reject only a share of the submissions you received (30% by default). More submissions allow more rejections; report abusive ones to support.',
  ),
  'submission-transition-invalid': def(
    409,
    'この提出は現在の状態では操作できません',
    '提出はすでに承認・非承認・取り下げのいずれかになっています。ページを再読み込みして確認してください。',
    'Not possible in the submission’s current state',
    'The submission was already approved, rejected or withdrawn. Reload to see it.',
  ),
  'competition-transition-invalid': def(
    409,
    'いまは採用作品を選べません',
    '採用作品は、応募の締め切り後から選定期限までに選べます。結果が決まったコンペは変更できません。',
    'A winner cannot be chosen now',
    'The winner is chosen after entries close and before the selection deadline; a decided competition cannot change.',
  ),
  'competition-no-winner-not-allowed': def(
    409,
    '採用なしでの終了は認められていません',
    'このコンペは「採用作品がない場合の返金」を認めずに公開されました。採用作品を選んでください。選定期限までに選ばれないときは、賞金が応募者全員で等分されます。',
    'This competition must have a winner',
    'It was published without the no-winner refund. Choose a winner; if none is chosen by the deadline, the prize is shared by the entrants.',
  ),
  'entry-not-eligible': def(
    409,
    'この作品は採用できません',
    '取り下げられた作品や、退会した(退会手続き中の)応募者の作品は採用できません。ほかの作品を選んでください。',
    'This entry cannot win',
    'Withdrawn entries and entries of members who left (or are leaving) cannot be chosen.',
  ),
  'entry-transition-invalid': def(
    409,
    'この作品は取り下げられません',
    'この作品はすでに取り下げられているか、コンペの結果が決まっています。',
    'This entry cannot be withdrawn',
    'The entry was already withdrawn or the competition has been decided.',
  ),

  // ── offers ──────────────────────────────────────────────────────────────────
  'offer-pending': def(
    409,
    'この方にはすでにオファーを送っています',
    '同じ仕事への返事を待っているオファーがあります。返事を待つか、オファーを取り消してから送り直してください。',
    'An offer is already waiting',
    'This worker has not answered your offer for this job yet. Wait, or cancel it and send again.',
  ),
  'offer-transition-invalid': def(
    409,
    'このオファーは現在の状態では操作できません',
    'オファーの状態が変わったため、操作できませんでした。ページを再読み込みして確認してください。',
    'Not possible in the current state',
    'The offer has changed state. Reload to see it.',
  ),
  'worker-unavailable': def(
    409,
    'この会員にはオファーを送れません',
    'この会員は退会済みか利用停止中のため、オファーを送れません。',
    'This member cannot receive offers',
    'This member has withdrawn or is suspended.',
  ),

  // ── contracts and money ─────────────────────────────────────────────────────
  'contract-transition-invalid': def(
    409,
    'この契約は現在の状態では操作できません',
    '契約の状態が変わったため、操作できませんでした。ページを再読み込みして、いまの状態を確認してください。',
    "Not possible in the contract's current state",
    'The contract has changed state. Reload the page to see where it stands.',
  ),
  'milestone-transition-invalid': def(
    409,
    'このマイルストーンは現在の状態では操作できません',
    'マイルストーンの状態が変わったため(すでに検収・修正依頼された など)、操作できませんでした。ページを再読み込みして確認してください。',
    "Not possible in the milestone's current state",
    'The milestone has changed state (already accepted, sent back for revision …). Reload the page to see it.',
  ),
  'contract-frozen': def(
    409,
    'トラブル対応中のため操作できません',
    'この契約は運営事務局が対応中のため、仮払い・納品・検収などの操作を止めています。運営事務局からの連絡をお待ちください。',
    'The contract is frozen while staff handle a dispute',
    'Staff are handling a dispute on this contract, so funding, delivery and acceptance are paused. Wait for staff to contact you.',
  ),
  'payment-method-unavailable': def(
    409,
    'この支払い方法は使えません',
    '開発用カードは本番環境では使えません。銀行振込を選んでください。',
    'This payment method is not available',
    'The development card cannot be used in production. Choose bank transfer.',
  ),
  'deposit-pending': def(
    409,
    '入金の確認を待っています',
    'この仮払いには振込待ちの入金がすでにあります。振込後、運営事務局の入金確認をお待ちください。支払い方法を変えるときは、いまの振込を取り消してください。',
    'A deposit is already waiting',
    'A bank transfer for this payment is already waiting for confirmation. To change the method, cancel it first.',
  ),
  'deposit-transition-invalid': def(
    409,
    'この入金は現在の状態では操作できません',
    '入金はすでに確認済みか取り消し済みです。ページを再読み込みして確認してください。',
    "Not possible in the deposit's current state",
    'The deposit has already been confirmed or cancelled. Reload to see it.',
  ),
  'deposit-amount-mismatch': def(
    422,
    '入金額が請求額と一致しません',
    '振込まれた金額が仮払い金額と違うため、確認できません。発注者に連絡して差額を調整してから確認してください。',
    'The amount received does not match',
    'The amount received differs from the deposit, so it cannot be confirmed. Contact the client to settle the difference first.',
  ),
  'terms-change-closed': def(
    409,
    '仮払い後は契約条件を変更できません',
    '仮払いが済んだマイルストーンがあるため、契約条件の変更はできません。変更が必要なときは、途中解消のうえで新しく契約してください。',
    'The terms can no longer change',
    'A milestone is already funded, so the terms cannot change. End the contract by agreement and make a new one if needed.',
  ),
  'no-pending-terms': def(
    409,
    '回答を待っている条件変更はありません',
    '条件変更の提案は取り下げられたか、すでに回答済みです。ページを再読み込みして確認してください。',
    'No change of terms is waiting',
    'The proposal was already answered or replaced. Reload to see it.',
  ),
  'withholding-not-allowed': def(
    422,
    '源泉徴収は選べません',
    '源泉徴収は、受注者が個人で、プロジェクト形式の契約の場合にだけ選べます(法人の受注者、タスク・コンペ形式には適用されません)。',
    'Withholding cannot be chosen',
    'Withholding applies only to individual workers on project contracts (not companies, tasks or competitions).',
  ),
  'termination-pending': def(
    409,
    '途中解消の提案に回答待ちです',
    'この契約にはすでに回答を待っている途中解消の提案があります。相手の回答をお待ちください。',
    'A termination proposal is waiting',
    'This contract already has a termination proposal waiting for an answer.',
  ),
  'no-pending-termination': def(
    409,
    '回答を待っている途中解消の提案はありません',
    '提案はすでに回答済みか、運営事務局の対応に移っています。ページを再読み込みして確認してください。',
    'No termination proposal is waiting',
    'The proposal was already answered or passed to staff. Reload to see it.',
  ),
  'termination-outdated': def(
    409,
    'この提案では精算できなくなりました',
    '提案のあとに仮払いや検収があり、提案の精算内容が現在の仮払い金と合わなくなりました。提案者に提案を出し直してもらうか、拒否して運営事務局に相談してください。',
    'This proposal no longer fits the contract',
    'Money moved since it was made (a funding or an acceptance). Ask the proposer to propose again, or refuse it to pass the contract to staff.',
  ),
  'own-proposal': def(
    409,
    'ご自身の提案には回答できません',
    'この提案はあなたが出したものです。相手の回答をお待ちください。',
    'You made this proposal',
    'Wait for the other party to answer your proposal.',
  ),
  'dispute-open': def(
    409,
    'すでに運営事務局が対応中です',
    'この契約については運営事務局への相談(トラブル報告)が受け付け済みです。運営事務局からの連絡をお待ちください。',
    'Staff are already handling this contract',
    'A dispute on this contract is already open. Wait for staff to contact you.',
  ),
  'review-not-open': def(
    409,
    'まだ評価できません',
    '評価は契約が完了または途中終了してから書けます。',
    'Reviews are not open yet',
    'You can review once the contract has completed or ended.',
  ),
  'review-exists': def(
    409,
    'この契約の評価は送信済みです',
    '評価は契約ごとに1回だけ送れます。公平のため、送信後は変更できません。',
    'You have already reviewed this contract',
    'Each side reviews a contract once; reviews cannot be changed after sending.',
  ),
  'idempotency-key-invalid': def(
    400,
    'Idempotency-Key ヘッダーが正しくありません',
    'Idempotency-Key は1〜200文字の半角英数字・記号で指定してください。',
    'The Idempotency-Key header is invalid',
    'Use 1–200 visible ASCII characters for the Idempotency-Key.',
  ),
  'idempotency-key-reused': def(
    422,
    '同じ Idempotency-Key が別の内容で使われています',
    'この Idempotency-Key は内容の違うリクエストにすでに使われています。新しい操作には新しいキーを使ってください。',
    'The Idempotency-Key was used for another request',
    'This key was already used with a different request. Use a new key for a new action.',
  ),

  'account-withdrawing': def(
    409,
    '退会の予約中です',
    '振込の完了を待って退会する予約をしているため、この操作はできません。利用を続ける場合は、退会のページで予約を取り消してください。',
    'Your withdrawal is scheduled',
    'You scheduled your withdrawal for when your payouts arrive, so this is not possible. Cancel the schedule on the withdrawal page to keep using the service.',
  ),
  'no-scheduled-withdrawal': def(
    409,
    '予約中の退会はありません',
    '退会の予約はすでに完了したか、取り消されています。',
    'No withdrawal is scheduled',
    'The scheduled withdrawal has already completed or been cancelled.',
  ),

  // ── payouts ─────────────────────────────────────────────────────────────────
  'bank-account-required': def(
    409,
    '振込先口座が登録されていません',
    '振込申請の前に、マイページの「振込先口座」から口座を登録してください。',
    'No bank account for payouts',
    'Register your bank account under My page → Bank account before requesting a payout.',
  ),
  'payout-transition-invalid': def(
    409,
    'この振込申請は現在の状態では操作できません',
    '振込申請はすでに処理済みか、まだ振込の手続きに入っていません。ページを再読み込みして確認してください。',
    'Not possible in the payout’s current state',
    'The payout has already been handled, or is not in a batch yet. Reload to see it.',
  ),
  'payout-date-not-business-day': def(
    422,
    'この日は銀行の営業日ではありません',
    '振込日は銀行の営業日(土日・祝日・12月31日〜1月3日を除く日)にしてください。前後の営業日は previous と next に示しています。',
    'Banks do not transfer on this day',
    'Choose a bank business day (not a weekend, a national holiday or 31 December to 3 January); the nearest ones are given as previous and next.',
  ),
  'payout-date-past': def(
    422,
    '過ぎた日付には振り込めません',
    '振込日は今日(日本時間)以降の日付にしてください。',
    'This date has passed',
    'Choose today (Japan time) or a later date.',
  ),
  'payout-date-after-promise': def(
    409,
    '振込予定日を過ぎる日付です',
    'この振込日では、会員に伝えた振込予定日(promisedDate)より遅れる申請が含まれます。latest までの日付で振込データを作成してください。予定日をすでに過ぎた申請は、今日か翌営業日の振込データに入れてください。',
    'This date is later than a transfer date the members were given',
    'A request this batch would take was promised an earlier date (promisedDate). Choose latest or an earlier date; requests already late go into a batch for today or the next business day.',
  ),
  'payout-before-transfer-date': def(
    409,
    '振込日より前に振込完了にはできません',
    'この振込は振込データの振込日(transferDate)に行われます。振込日になってから、入金の結果を確認して振込完了にしてください。振込ができなかった場合は、振込日より前でも振込失敗にできます。',
    'A transfer cannot be done before its transfer date',
    'The transfer is made on its batch’s date (transferDate). Mark it done on that date or later, once the bank has confirmed it; a failure can be recorded earlier.',
  ),
  'payout-batch-empty': def(
    409,
    '振込対象の申請がありません',
    'この振込日までに振込予定の申請はすべて振込の手続き済みです。',
    'Nothing to pay on this date',
    'Every payout due by this date is already in a batch.',
  ),

  // ── attachments ─────────────────────────────────────────────────────────────
  'file-too-large': def(
    413,
    'ファイルが大きすぎます',
    '添付できるファイルは1つ10MBまでです。圧縮するか分割してから添付してください。',
    'The file is too large',
    'Each attachment may be at most 10 MB. Compress or split it.',
  ),
  'file-type-not-allowed': def(
    415,
    'この種類のファイルは添付できません',
    '添付できるのは画像(PNG・JPEG・GIF・WebP)、PDF、Word・Excel・PowerPoint、ZIP、テキスト・CSV です。',
    'This kind of file cannot be attached',
    'You can attach images (PNG, JPEG, GIF, WebP), PDF, Word/Excel/PowerPoint, ZIP, text and CSV files.',
  ),
  'file-missing': def(
    400,
    'ファイルが選ばれていません',
    '添付するファイルを選んでから送信してください。',
    'No file was sent',
    'Choose a file to attach.',
  ),
} as const satisfies Record<string, ProblemDef>;

export type ProblemCode = keyof typeof PROBLEMS;

export function isProblemCode(code: string): code is ProblemCode {
  return Object.hasOwn(PROBLEMS, code);
}

/** Field-level error codes used in `errors[]` of a `validation-failed` problem. */
export const FIELD_ERRORS = {
  required: { ja: '入力してください。', en: 'This field is required.' },
  'invalid-type': { ja: '入力形式が正しくありません。', en: 'This value has the wrong type.' },
  'too-short': { ja: '{min}文字以上で入力してください。', en: 'Enter at least {min} characters.' },
  'too-long': { ja: '{max}文字以内で入力してください。', en: 'Enter at most {max} characters.' },
  'too-small': { ja: '{min}以上の値を入力してください。', en: 'Enter {min} or more.' },
  'too-big': { ja: '{max}以下の値を入力してください。', en: 'Enter {max} or less.' },
  'too-many': { ja: '{max}件までです。', en: 'At most {max} items.' },
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
  'date-invalid': {
    ja: '日付の形式が正しくありません(例: 2026-12-31)。',
    en: 'Enter a valid date (e.g. 2026-12-31).',
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
} as const;

export type FieldErrorCode = keyof typeof FIELD_ERRORS;

export function isFieldErrorCode(code: string): code is FieldErrorCode {
  return Object.hasOwn(FIELD_ERRORS, code);
}

export function fieldMessage(code: FieldErrorCode, lang: Lang, params: Record<string, string | number> = {}): string {
  return FIELD_ERRORS[code][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

/** The wire shape of an RFC 9457 problem document as Yorozu sends it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  instance?: string;
  requestId?: string;
  errors?: { pointer: string; code: FieldErrorCode; detail: string }[];
  [extension: string]: unknown;
}
