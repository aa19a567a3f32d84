// Everything personal the system holds about a user, as one JSON document (the right of
// access under the APPI). Offered on the withdrawal pre-check and to staff by CLI. What
// goes in is decided table by table in the data map (EXPORT_MAP in db/privacy-map.ts);
// secrets never do: the password hash, link and session tokens, the sealed bank account
// number and holder name (the account is named by its bank, branch and last digits).
import type { Db } from '../../db/database';
import { exportContracts } from '../../export/contracts';
import { exportConversations } from '../../export/conversations';
import { exportMarketplace } from '../../export/marketplace';
import { exportMoney } from '../../export/money';
import { deviceLabel } from '../../security/user-agent';
import { getProfile } from './get-profile';

export async function exportPersonalData(db: Db, userId: string, now: Date) {
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
  const sessions = await db
    .selectFrom('sessions')
    .select(['created_at', 'last_seen_at', 'expires_at', 'revoked_at', 'user_agent', 'ip'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
  const mails = await db
    .selectFrom('outbox')
    .select(['id', 'created_at', 'sent_at', 'to_address', 'subject', 'body_text'])
    .where((eb) => eb.or([eb('user_id', '=', userId), ...(user.email ? [eb('to_address', '=', user.email)] : [])]))
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

  const bank = await db
    .selectFrom('bank_accounts')
    .select(['bank_code', 'bank_name', 'branch_code', 'branch_name', 'account_type', 'number_hint', 'updated_at'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  const contracts = await db
    .selectFrom('contracts')
    .select(['id', 'title', 'status', 'client_id', 'created_at', 'ended_at'])
    .where((eb) => eb.or([eb('client_id', '=', userId), eb('worker_id', '=', userId)]))
    .orderBy('created_at')
    .execute();
  const submissions = await db
    .selectFrom('task_submissions as s')
    .innerJoin('jobs as j', 'j.id', 's.job_id')
    .select(['s.id', 'j.title', 's.body', 's.status', 's.reject_reason', 's.created_at'])
    .where('s.worker_id', '=', userId)
    .orderBy('s.created_at')
    .execute();
  const entries = await db
    .selectFrom('competition_entries as c')
    .innerJoin('jobs as j', 'j.id', 'c.job_id')
    .select(['c.id', 'j.title as job_title', 'c.title', 'c.description', 'c.status', 'c.created_at'])
    .where('c.worker_id', '=', userId)
    .orderBy('c.created_at')
    .execute();
  const earnings = await db
    .selectFrom('ledger_accounts')
    .select('balance')
    .where('id', '=', `earnings:${userId}`)
    .executeTakeFirst();

  const more = await exportWork(db, userId);

  return {
    format: 'yorozu-personal-data-export',
    version: 1,
    exportedAt: now.toISOString(),
    account: {
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
    },
    profile: await getProfile(db, userId),
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
    // The number and the holder name are stored sealed; the export names the account by its last digits.
    payoutBankAccount: bank
      ? {
          bankCode: bank.bank_code,
          bankName: bank.bank_name,
          branchCode: bank.branch_code,
          branchName: bank.branch_name,
          accountType: bank.account_type,
          numberEndsWith: bank.number_hint,
          updatedAt: bank.updated_at.toISOString(),
        }
      : null,
    contracts: contracts.map((c) => ({
      id: c.id,
      title: c.title,
      role: c.client_id === userId ? 'client' : 'worker',
      status: c.status,
      createdAt: c.created_at.toISOString(),
      endedAt: c.ended_at?.toISOString() ?? null,
      ...more.contractDetails(c.id),
    })),
    taskSubmissions: submissions.map((x) => ({
      id: x.id,
      job: x.title,
      body: x.body,
      status: x.status,
      rejectReason: x.reject_reason,
      createdAt: x.created_at.toISOString(),
    })),
    competitionEntries: entries.map((x) => ({
      id: x.id,
      job: x.job_title,
      title: x.title,
      description: x.description,
      status: x.status,
      createdAt: x.created_at.toISOString(),
    })),
    earningsBalance: Number(earnings?.balance ?? 0),
    earnings: more.earnings,
    postings: more.postings,
    applications: more.applications,
    offers: more.offers,
    threads: more.threads,
    notifications: more.notifications,
    attachments: more.attachments,
    workRewards: more.workRewards,
    deposits: more.deposits,
    reviews: more.reviews,
    payoutRequests: more.payoutRequests,
    scheduledWithdrawal: more.scheduledWithdrawal,
  };
}

/** The member's work, money and conversations, each table as the data map's EXPORT_MAP places it. */
async function exportWork(db: Db, userId: string) {
  const [contractDetails, marketplace, conversations, money] = await Promise.all([
    exportContracts(db, userId),
    exportMarketplace(db, userId),
    exportConversations(db, userId),
    exportMoney(db, userId),
  ]);
  return { contractDetails, ...marketplace, ...conversations, ...money };
}
