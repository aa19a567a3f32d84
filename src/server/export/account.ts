// The export's account sections: the account itself, its login sessions, the mails sent
// to it, its activity in the audit log, and the payout bank account (by its last digits).
import type { Db } from '../db/database';
import { deviceLabel } from '../security/user-agent';

/** The account as the export shows it. */
export async function exportAccount(db: Db, userId: string) {
  const user = await db
    .selectFrom('users')
    .select([
      'id',
      'username',
      'email',
      'email_verified_at',
      'display_name',
      'intent',
      'status',
      'staff_role',
      'terms_accepted_at',
      'created_at',
      'updated_at',
    ])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return {
    id: user.id,
    username: user.username,
    email: user.email,
    emailVerifiedAt: user.email_verified_at?.toISOString() ?? null,
    displayName: user.display_name,
    intent: user.intent,
    status: user.status,
    staffRole: user.staff_role,
    termsAcceptedAt: user.terms_accepted_at?.toISOString() ?? null,
    createdAt: user.created_at.toISOString(),
    updatedAt: user.updated_at.toISOString(),
  };
}

/** The login sessions, the mails sent to the member (by id or address) and what the audit log holds about them. */
export async function exportAccess(db: Db, userId: string, email: string | null) {
  const sessions = await db
    .selectFrom('sessions')
    .select(['created_at', 'last_seen_at', 'expires_at', 'revoked_at', 'user_agent', 'ip'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
  const mails = await db
    .selectFrom('outbox')
    .select(['id', 'created_at', 'sent_at', 'to_address', 'subject', 'body_text'])
    .where((eb) => eb.or([eb('user_id', '=', userId), ...(email ? [eb('to_address', '=', email)] : [])]))
    .orderBy('id', 'asc')
    .execute();
  const audit = await db
    .selectFrom('audit_events')
    .select(['created_at', 'action', 'subject_type', 'data'])
    .where((eb) =>
      eb.or([eb('actor_user_id', '=', userId), eb.and([eb('subject_type', '=', 'user'), eb('subject_id', '=', userId)])]),
    )
    .orderBy('id', 'asc')
    .execute();
  return {
    loginSessions: sessions.map((s) => ({
      device: deviceLabel(s.user_agent),
      userAgent: s.user_agent,
      ip: s.ip,
      createdAt: s.created_at.toISOString(),
      lastSeenAt: s.last_seen_at.toISOString(),
      expiresAt: s.expires_at.toISOString(),
      revokedAt: s.revoked_at?.toISOString() ?? null,
    })),
    mails: mails.map((m) => ({
      id: m.id,
      createdAt: m.created_at.toISOString(),
      sentAt: m.sent_at?.toISOString() ?? null,
      to: m.to_address,
      subject: m.subject,
      // Links in old mails must not work from an export file.
      body: m.body_text.replace(/token=[A-Za-z0-9_-]+/g, 'token=(省略)'),
    })),
    activity: audit.map((a) => ({ at: a.created_at.toISOString(), action: a.action, subject: a.subject_type, data: a.data })),
  };
}

/** The number and the holder name are stored sealed; the export names the account by its last digits. */
export async function exportBankAccount(db: Db, userId: string) {
  const bank = await db
    .selectFrom('bank_accounts')
    .select(['bank_code', 'bank_name', 'branch_code', 'branch_name', 'account_type', 'number_hint', 'updated_at'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return bank
    ? {
        bankCode: bank.bank_code,
        bankName: bank.bank_name,
        branchCode: bank.branch_code,
        branchName: bank.branch_name,
        accountType: bank.account_type,
        numberEndsWith: bank.number_hint,
        updatedAt: bank.updated_at.toISOString(),
      }
    : null;
}
