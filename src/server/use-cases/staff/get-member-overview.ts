// One member as staff see them (会員詳細): status, identity, the open items that block
// their withdrawal (the pre-check's own providers and rules, so staff and member see the
// same list), balances from the ledger, live sessions, and the audit trail about them.
import { sql } from 'kysely';
import { AppError } from '../../../domain/errors';
import { earningsOf } from '../../../domain/ledger/recipes';
import { type Eligibility, evaluateWithdrawal } from '../../../domain/withdrawal/eligibility';
import type { AuditEvent } from '../../../shared/api/audit';
import { balanceOf } from '../../db/repositories/ledger';
import { listLiveSessions } from '../../db/repositories/sessions';
import type { Deps } from '../../deps';
import { deviceLabel } from '../../security/user-agent';
import { loadSnapshot } from '../../withdrawal/registry';
import { listAuditEvents } from './list-audit-events';

/** How many audit events the overview shows; the audit log page has the rest. */
export const OVERVIEW_AUDIT_EVENTS = 20;

export interface MemberOverview {
  user: {
    id: string;
    username: string;
    display_name: string | null;
    email: string | null;
    email_verified_at: Date | null;
    status: 'active' | 'withdrawing' | 'withdrawn' | 'suspended';
    staff_role: 'support' | 'finance' | 'moderator' | 'admin' | null;
    intent: 'work' | 'order' | 'both';
    locale: 'ja' | 'en';
    created_at: Date;
    withdrawn_at: Date | null;
    entity_type: 'individual' | 'corporation' | null;
  };
  withdrawalRequestedAt: Date | null;
  eligibility: Eligibility;
  money: { earningsYen: number; payoutsInFlightYen: number; escrowAsClientYen: number; escrowAsWorkerYen: number };
  sessions: { device: string; createdAt: Date; lastSeenAt: Date }[];
  audit: { items: AuditEvent[]; more: boolean };
}

export async function getMemberOverview(deps: Deps, userId: string): Promise<MemberOverview> {
  const user = await deps.db
    .selectFrom('users as u')
    .leftJoin('profiles as p', 'p.user_id', 'u.id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.email',
      'u.email_verified_at',
      'u.status',
      'u.staff_role',
      'u.intent',
      'u.locale',
      'u.created_at',
      'u.withdrawn_at',
      'p.entity_type',
    ])
    .where('u.id', '=', userId)
    .executeTakeFirst();
  if (!user) throw new AppError('not-found');
  const now = deps.clock();
  const snapshot = await loadSnapshot(deps.db, userId, now, deps.withdrawal, deps.config);
  const scheduled = await deps.db
    .selectFrom('scheduled_withdrawals')
    .select('requested_at')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  const sessions = await listLiveSessions(deps.db, userId, now);
  const audit = await listAuditEvents(deps.db, { subjectType: 'user', subjectId: userId, limit: OVERVIEW_AUDIT_EVENTS });
  return {
    user,
    withdrawalRequestedAt: scheduled?.requested_at ?? null,
    eligibility: evaluateWithdrawal(snapshot, deps.withdrawal.rules),
    money: await memberMoney(deps, userId),
    sessions: sessions.map((s) => ({ device: deviceLabel(s.user_agent), createdAt: s.created_at, lastSeenAt: s.last_seen_at })),
    audit: { items: audit.items, more: audit.next !== null },
  };
}

/** Earnings, payouts on their way, and escrow held on the member's contracts on each side. */
async function memberMoney(deps: Deps, userId: string): Promise<MemberOverview['money']> {
  const { rows } = await sql<{ payouts: number; as_client: number; as_worker: number }>`
    select
      (select coalesce(sum(a.balance), 0) from payout_requests r
        join ledger_accounts a on a.id = 'payout:' || r.id where r.user_id = ${userId})::bigint as payouts,
      ((select coalesce(sum(a.balance), 0) from contracts c join milestones m on m.contract_id = c.id
         join ledger_accounts a on a.id = 'escrow:' || m.id where c.client_id = ${userId})
       + (select coalesce(sum(a.balance), 0) from jobs j
         join ledger_accounts a on a.id = 'escrow:job:' || j.id where j.client_id = ${userId}))::bigint as as_client,
      (select coalesce(sum(a.balance), 0) from contracts c join milestones m on m.contract_id = c.id
        join ledger_accounts a on a.id = 'escrow:' || m.id where c.worker_id = ${userId})::bigint as as_worker`.execute(deps.db);
  const row = rows[0];
  return {
    earningsYen: await balanceOf(deps.db, earningsOf(userId)),
    payoutsInFlightYen: Number(row?.payouts ?? 0),
    escrowAsClientYen: Number(row?.as_client ?? 0),
    escrowAsWorkerYen: Number(row?.as_worker ?? 0),
  };
}
