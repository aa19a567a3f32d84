// Transactional mail texts. Plain text, Japanese first with a short English line, and
// every link absolute (built from PUBLIC_URL).

export interface MailContent {
  subject: string;
  text: string;
}

const SIGNATURE =
  '\n\n――\nよろず(Yorozu)\nこのメールは送信専用です。心当たりがない場合は破棄してください。\nIf you did not expect this mail, you can ignore it.\n';

export const templates = {
  verify_email: (v: { displayName: string; link: string; hours: number }): MailContent => ({
    subject: '【よろず】メールアドレスの確認をお願いします',
    text:
      `${v.displayName} 様\n\nよろずへのご登録ありがとうございます。\n` +
      `次のリンクを開いて、メールアドレスの確認を完了してください(有効期限 ${v.hours} 時間)。\n\n${v.link}\n\n` +
      `Please open the link above to verify your email address.${SIGNATURE}`,
  }),
  already_registered: (v: { loginLink: string; resetLink: string }): MailContent => ({
    subject: '【よろず】このメールアドレスはすでに登録されています',
    text:
      'このメールアドレスで会員登録の申し込みがありましたが、すでにアカウントが存在します。\n\n' +
      `ログイン: ${v.loginLink}\nパスワードを忘れた場合: ${v.resetLink}\n\n` +
      `Someone tried to register with this address, which already has an account.${SIGNATURE}`,
  }),
  reset_password: (v: { link: string; minutes: number }): MailContent => ({
    subject: '【よろず】パスワード再設定のご案内',
    text:
      'パスワード再設定のお申し込みを受け付けました。\n' +
      `次のリンクから新しいパスワードを設定してください(有効期限 ${v.minutes} 分・1回限り)。\n\n${v.link}\n\n` +
      `Open the link above to set a new password (valid ${v.minutes} minutes, once).${SIGNATURE}`,
  }),
  staff_invite: (v: { displayName: string; role: string; link: string; hours: number }): MailContent => ({
    subject: '【よろず】運営スタッフのアカウントが作成されました',
    text:
      `${v.displayName} 様\n\nよろずの運営スタッフ（${v.role}）のアカウントが作成されました。\n` +
      `次のリンクからパスワードを設定してください(有効期限 ${v.hours} 時間・1回限り)。\n` +
      'はじめてログインしたときに、2段階認証（認証アプリ）の設定をお願いします。\n\n' +
      `${v.link}\n\nA staff account was made for you. Open the link above to set your password; ` +
      `at your first login you will set up two-step verification.${SIGNATURE}`,
  }),
  password_changed: (v: { displayName: string }): MailContent => ({
    subject: '【よろず】パスワードが変更されました',
    text:
      `${v.displayName} 様\n\nアカウントのパスワードが変更されました。ほかの端末はすべてログアウトしました。\n` +
      `心当たりがない場合は、すぐにパスワードを再設定してください。\n\nYour password was changed.${SIGNATURE}`,
  }),
  change_email: (v: { displayName: string; link: string; hours: number }): MailContent => ({
    subject: '【よろず】新しいメールアドレスの確認',
    text:
      `${v.displayName} 様\n\nメールアドレス変更のお申し込みを受け付けました。\n` +
      `次のリンクを開くと、このアドレスへの変更が完了します(有効期限 ${v.hours} 時間)。\n\n${v.link}\n\n` +
      `Open the link above to confirm your new email address.${SIGNATURE}`,
  }),
  email_change_taken: (v: { loginLink: string }): MailContent => ({
    subject: '【よろず】このメールアドレスはすでに使われています',
    text:
      'よろずのアカウントのメールアドレスをこのアドレスに変更する申し込みがありましたが、' +
      'このアドレスはすでに別のアカウントで使われているため、変更は行われていません。\n' +
      `このアドレスのアカウントには、これまでどおりログインできます: ${v.loginLink}\n\n` +
      `Someone asked to move a Yorozu account to this address, which already has an account. Nothing was changed.${SIGNATURE}`,
  }),
  email_changed: (v: { displayName: string }): MailContent => ({
    subject: '【よろず】メールアドレスが変更されました',
    text:
      `${v.displayName} 様\n\nアカウントのメールアドレスが変更されました。今後のお知らせは新しいアドレスに届きます。\n` +
      `心当たりがない場合は、サポートまでご連絡ください。\n\nYour email address was changed.${SIGNATURE}`,
  }),
  withdrawal_confirmation: (v: {
    undoLink: string | null;
    undoUntil: string | null;
    registerLink: string;
    /** A scheduled withdrawal: the last transfer, made just now. */
    lastTransfer?: string | null;
  }): MailContent => ({
    subject: '【よろず】退会手続きが完了しました',
    text:
      'よろずの退会手続きが完了しました。これまでご利用いただきありがとうございました。\n\n' +
      (v.lastTransfer ? `${v.lastTransfer}\n\n` : '') +
      '・メールアドレス、表示名、プロフィールなどの個人情報を削除しました。\n' +
      '・実績・評価はリセットされました。ユーザー名はほかの方に使われることはありません。\n' +
      '・よろずで知り合った相手との直接取引の禁止は、退会後も5年間続きます。\n\n' +
      (v.undoLink
        ? `退会を取り消す場合は、${v.undoUntil}までに次のリンクを開いてください。\n${v.undoLink}\n\n`
        : '「すぐに削除」を選ばれたため、退会は取り消せません。\n\n') +
      `また利用される場合は、同じメールアドレスで新しく登録できます(実績は引き継がれません)。\n${v.registerLink}\n\n` +
      `Your withdrawal from Yorozu is complete.${SIGNATURE}`,
  }),
  /** The daily digest of new matches of a member's saved searches, grouped by search. */
  saved_search_digest: (v: {
    lang: 'ja' | 'en';
    searches: { name: string; items: { title: string; link: string }[] }[];
    /** Matches not listed (beyond the mail's limit). */
    more: number;
    listLink: string;
  }): MailContent => {
    const count = v.searches.reduce((n, s) => n + s.items.length, 0) + v.more;
    const blocks = v.searches.map((s) => `■ ${s.name}\n${s.items.map((i) => `・${i.title}\n  ${i.link}`).join('\n')}`);
    return v.lang === 'en'
      ? {
          subject: `[Yorozu] ${count} new ${count === 1 ? 'match' : 'matches'} for your saved searches`,
          text:
            `New jobs and services matching your saved searches:\n\n${blocks.join('\n\n')}\n\n` +
            (v.more > 0 ? `…and ${v.more} more.\n\n` : '') +
            `Manage your saved searches and their notices:\n${v.listLink}${SIGNATURE}`,
        }
      : {
          subject: `【よろず】保存した検索条件に合う新着が${count}件あります`,
          text:
            `保存した検索条件に合う仕事・サービスが新しく公開されました。\n\n${blocks.join('\n\n')}\n\n` +
            (v.more > 0 ? `ほか${v.more}件\n\n` : '') +
            `検索条件の管理・お知らせの停止はこちら:\n${v.listLink}${SIGNATURE}`,
        };
  },
  notification: (v: { title: string; body: string; link: string; lang?: 'ja' | 'en' }): MailContent =>
    v.lang === 'en'
      ? {
          subject: `[Yorozu] ${v.title}`,
          text: `${v.body}\n\nDetails:\n${v.link}\n\nAll your notifications are on your My page.${SIGNATURE}`,
        }
      : {
          subject: `【よろず】${v.title}`,
          text: `${v.body}\n\n詳しくはこちら:\n${v.link}\n\nお知らせの一覧はマイページから確認できます。${SIGNATURE}`,
        },
} as const;

export type TemplateName = keyof typeof templates;

/**
 * Mails whose link acts on an account by itself (its token is stored elsewhere only as a
 * digest): their address and text are erased from the outbox once sent or given up, so
 * a copy of the database never holds a usable link for long.
 */
export const SECRET_LINK_TEMPLATES: ReadonlySet<TemplateName> = new Set<TemplateName>([
  'verify_email',
  'reset_password',
  'staff_invite',
  'change_email',
  'withdrawal_confirmation',
]);
export type TemplateVars<T extends TemplateName> = Parameters<(typeof templates)[T]>[0];
