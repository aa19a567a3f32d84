// Everything personal the system holds about a user, as one JSON document (the right of
// access under the APPI). Offered on the withdrawal pre-check and to staff by CLI. What
// goes in is decided table by table in the data map (EXPORT_MAP in db/privacy-map.ts);
// secrets never do: the password hash, link and session tokens, the sealed bank account
// number and holder name (the account is named by its bank, branch and last digits).
import type { Db } from '../db/database';
import { deviceLabel } from '../security/user-agent';
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

/** Dates as ISO text, everything else as stored. */
function plain<T extends Record<string, unknown>>(row: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = v instanceof Date ? v.toISOString() : v;
  return out;
}

const byContract = <T extends { contract_id: string }>(rows: T[], id: string) =>
  rows.filter((r) => r.contract_id === id).map(plain);

/** The member's work, money and conversations, each table as the data map's EXPORT_MAP places it. */
async function exportWork(db: Db, userId: string) {
  const myContracts = db
    .selectFrom('contracts')
    .select('id')
    .where((eb) => eb.or([eb('client_id', '=', userId), eb('worker_id', '=', userId)]));
  const myThreads = db.selectFrom('thread_members').select('thread_id').where('user_id', '=', userId);
  const myAccounts = db.selectFrom('ledger_accounts').select('id').where('user_id', '=', userId);

  const [
    contractRows,
    milestones,
    events,
    documents,
    terminations,
    disputes,
    jobs,
    escrows,
    applications,
    offers,
    threads,
    members,
    messages,
    notifications,
    attachments,
    rewards,
    deposits,
    reviews,
    accounts,
    entries,
    payouts,
    scheduled,
  ] = await Promise.all([
    db
      .selectFrom('contracts')
      .select([
        'id',
        'job_id',
        'application_id',
        'offer_id',
        'withholding',
        'terms_version',
        'started_at',
        'reviews_revealed_at',
        'updated_at',
      ])
      .where('id', 'in', myContracts)
      .execute(),
    db.selectFrom('milestones').selectAll().where('contract_id', 'in', myContracts).orderBy('position').execute(),
    db
      .selectFrom('contract_events')
      .select(['id', 'contract_id', 'milestone_id', 'action', 'actor_role', 'detail', 'created_at'])
      .where('contract_id', 'in', myContracts)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('contract_documents')
      .select(['id', 'contract_id', 'kind', 'version', 'body', 'created_at'])
      .where('contract_id', 'in', myContracts)
      .orderBy('version')
      .execute(),
    db
      .selectFrom('termination_proposals')
      .select([
        'id',
        'contract_id',
        'proposer_role',
        'reason',
        'settlement',
        'status',
        'respond_by',
        'refusal_reason',
        'created_at',
        'decided_at',
      ])
      .where('contract_id', 'in', myContracts)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('disputes')
      .select([
        'id',
        'contract_id',
        'opener_role',
        'reason',
        'status',
        'settlement',
        'settlement_note',
        'created_at',
        'settled_at',
      ])
      .where('contract_id', 'in', myContracts)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('jobs')
      .select([
        'id',
        'kind',
        'status',
        'title',
        'description',
        'category',
        'tags',
        'deadline',
        'delivery_date',
        'budget_min',
        'budget_max',
        'hires',
        'milestones_wished',
        'task_slots',
        'task_unit_price',
        'task_instructions',
        'prize',
        'entry_rules',
        'allow_no_winner',
        'published_at',
        'closed_at',
        'closed_reason',
        'cancelled_at',
        'created_at',
        'updated_at',
      ])
      .where('client_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    db.selectFrom('job_escrows').selectAll().where('client_id', '=', userId).execute(),
    db
      .selectFrom('applications as a')
      .innerJoin('jobs as j', 'j.id', 'a.job_id')
      .select([
        'a.id',
        'a.job_id',
        'j.title as job_title',
        'a.status',
        'a.shortlisted',
        'a.proposal',
        'a.quoted_amount',
        'a.delivery_days',
        'a.decline_reason',
        'a.expires_at',
        'a.decided_at',
        'a.created_at',
      ])
      .where('a.worker_id', '=', userId)
      .orderBy('a.created_at')
      .execute(),
    db
      .selectFrom('offers as o')
      .innerJoin('jobs as j', 'j.id', 'o.job_id')
      .select([
        'o.id',
        'o.job_id',
        'j.title as job_title',
        'o.client_id',
        'o.message',
        'o.amount',
        'o.status',
        'o.decline_reason',
        'o.expires_at',
        'o.decided_at',
        'o.created_at',
      ])
      .where((eb) => eb.or([eb('o.client_id', '=', userId), eb('o.worker_id', '=', userId)]))
      .orderBy('o.created_at')
      .execute(),
    db
      .selectFrom('threads')
      .select(['id', 'subject_type', 'subject_id', 'created_at', 'last_message_at'])
      .where('id', 'in', myThreads)
      .orderBy('created_at')
      .execute(),
    db.selectFrom('thread_members').select(['thread_id', 'last_read_message_id']).where('user_id', '=', userId).execute(),
    db
      .selectFrom('messages')
      .select(['id', 'thread_id', 'sender_id', 'body', 'created_at'])
      .where('thread_id', 'in', myThreads)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('notifications')
      .select(['id', 'kind', 'title', 'body', 'link', 'created_at', 'read_at'])
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('attachments')
      .select([
        'id',
        'filename',
        'content_type',
        'size_bytes',
        'message_id',
        'application_id',
        'entry_id',
        'submission_id',
        'created_at',
      ])
      .where('owner_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    db.selectFrom('work_rewards').selectAll().where('worker_id', '=', userId).orderBy('created_at').execute(),
    db
      .selectFrom('deposits')
      .select([
        'id',
        'milestone_id',
        'contract_id',
        'job_id',
        'method',
        'reference',
        'amount',
        'status',
        'created_at',
        'confirmed_at',
        'cancelled_at',
      ])
      .where('client_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('reviews as r')
      .innerJoin('contracts as k', 'k.id', 'r.contract_id')
      .select([
        'r.id',
        'r.contract_id',
        'r.reviewer_id',
        'r.reviewer_role',
        'r.skill',
        'r.quality',
        'r.schedule',
        'r.communication',
        'r.partnership',
        'r.comment',
        'r.created_at',
      ])
      // A review received is the member's once revealed, as on the contract page.
      .where((eb) =>
        eb.or([
          eb('r.reviewer_id', '=', userId),
          eb.and([eb('r.reviewee_id', '=', userId), eb('k.reviews_revealed_at', 'is not', null)]),
        ]),
      )
      .orderBy('r.created_at')
      .execute(),
    db.selectFrom('ledger_accounts').select(['id', 'balance', 'created_at']).where('user_id', '=', userId).execute(),
    db
      .selectFrom('ledger_entries as e')
      .innerJoin('ledger_transactions as x', 'x.id', 'e.transaction_id')
      .select(['e.id', 'e.account_id', 'e.amount', 'e.transaction_id', 'x.kind', 'x.key', 'e.created_at'])
      .where('e.account_id', 'in', myAccounts)
      .orderBy('e.id')
      .execute(),
    db
      .selectFrom('payout_requests')
      .select([
        'id',
        'number',
        'amount',
        'fee',
        'net',
        'final',
        'status',
        'scheduled_date',
        'bank_code',
        'branch_code',
        'account_type',
        'number_hint',
        'failure_reason',
        'requested_at',
        'batched_at',
        'paid_at',
        'failed_at',
      ])
      .where('user_id', '=', userId)
      .orderBy('requested_at')
      .execute(),
    db
      .selectFrom('scheduled_withdrawals')
      .select(['reasons', 'other_reason', 'erase_now', 'requested_at'])
      .where('user_id', '=', userId)
      .executeTakeFirst(),
  ]);

  const side = (senderId: string) => (senderId === userId ? 'me' : 'other');
  return {
    contractDetails: (id: string) => {
      const k = contractRows.find((c) => c.id === id);
      return {
        ...(k ? plain(k) : {}),
        milestones: byContract(milestones, id),
        events: byContract(events, id),
        documents: byContract(documents, id),
        terminationProposals: byContract(terminations, id),
        disputes: byContract(disputes, id),
      };
    },
    postings: jobs.map((j) => {
      const escrow = escrows.find((e) => e.job_id === j.id);
      return { ...plain(j), escrow: escrow ? plain(escrow) : null };
    }),
    applications: applications.map(plain),
    offers: offers.map((o) => ({ ...plain(o), role: o.client_id === userId ? 'client' : 'worker', client_id: undefined })),
    threads: threads.map((t) => ({
      ...plain(t),
      lastReadMessageId: members.find((m) => m.thread_id === t.id)?.last_read_message_id ?? null,
      messages: messages
        .filter((m) => m.thread_id === t.id)
        .map((m) => ({ id: m.id, from: side(m.sender_id), body: m.body, created_at: m.created_at.toISOString() })),
    })),
    notifications: notifications.map(plain),
    attachments: attachments.map(plain),
    workRewards: rewards.map(plain),
    deposits: deposits.map(plain),
    reviews: {
      written: reviews.filter((r) => r.reviewer_id === userId).map((r) => ({ ...plain(r), reviewer_id: undefined })),
      received: reviews.filter((r) => r.reviewer_id !== userId).map((r) => ({ ...plain(r), reviewer_id: undefined })),
    },
    earnings: { accounts: accounts.map(plain), history: entries.map(plain) },
    payoutRequests: payouts.map(plain),
    scheduledWithdrawal: scheduled ? plain(scheduled) : null,
  };
}
