// The automatic payout run of one payment date, in the caller's transaction: members with
// automatic payouts (自動出金) get a request for their whole balance, and earnings nobody
// asked for are paid on the latest payment date within 60 days of their acceptance
// (sixty-days.ts), whatever the member chose. One run row per member per date (its
// primary key) makes a repeated run — the batch build and the scheduled task — do nothing
// twice. Nothing is forfeited: a balance too small, or a member without a payout account,
// stays in the balance (and the member is told).
import { sql } from 'kysely';
import { earningsOf } from '../../domain/ledger/recipes';
import { checkPayoutRequest } from '../../domain/payouts/request';
import { type CalendarDate, japanDate } from '../../domain/payouts/schedule';
import { dueWithinSixtyDays, isPaymentDate } from '../../domain/payouts/sixty-days';
import { lockAccounts } from '../db/account-lock';
import type { Db } from '../db/database';
import { lockLedgerAccountRow } from '../db/repositories/locks';
import type { AutomaticPayoutRunsTable } from '../db/schema';
import type { Deps } from '../deps';
import { notify } from '../notifications/notify';
import { insertPayoutRequest } from './insert-payout-request';
import { payeeIdentityMissing } from './payee-identity';

/** The advisory lock the batch build takes too: a run and a batch of one date never interleave. */
export const PAYOUT_BATCH_LOCK = 7_201_301;

export interface AutomaticRunResult {
  requested: number;
  carriedOver: number;
  /** Not paid for want of a payout account or of the 支払調書 details. */
  held: number;
}

type Outcome = AutomaticPayoutRunsTable['outcome'];

const HELD_LINKS: Record<Exclude<Outcome, 'requested'>, string> = {
  carried_over: '/mypage/payouts',
  no_bank_account: '/mypage/bank-account',
  no_payee_identity: '/mypage/account#payee',
};

/**
 * Runs the automatic payouts of `paymentDate` (a payment date of the schedule; any other
 * date runs nothing). The caller holds PAYOUT_BATCH_LOCK.
 */
export async function runAutomaticPayouts(
  trx: Db,
  deps: Deps,
  paymentDate: CalendarDate,
  now: Date,
): Promise<AutomaticRunResult> {
  const result: AutomaticRunResult = { requested: 0, carriedOver: 0, held: 0 };
  if (!isPaymentDate(paymentDate)) return result;
  const candidates = await trx
    .selectFrom('ledger_accounts as a')
    .leftJoin('payout_settings as s', 's.user_id', 'a.user_id')
    .leftJoin('automatic_payout_runs as r', (j) => j.onRef('r.user_id', '=', 'a.user_id').on('r.payment_date', '=', paymentDate))
    .select(['a.user_id', 's.automatic'])
    .where('a.id', 'like', 'earnings:%')
    .where('a.balance', '>', 0)
    .where('r.user_id', 'is', null)
    .orderBy('a.user_id')
    .execute();
  for (const c of candidates) {
    if (!c.user_id) continue;
    const outcome = await runForMember(trx, deps, { userId: c.user_id, automatic: c.automatic === true, paymentDate }, now);
    if (outcome === 'requested') result.requested++;
    else if (outcome === 'carried_over') result.carriedOver++;
    else if (outcome) result.held++;
  }
  return result;
}

interface Member {
  userId: string;
  automatic: boolean;
  paymentDate: CalendarDate;
}

async function runForMember(trx: Db, deps: Deps, m: Member, now: Date): Promise<Outcome | null> {
  const status = (await lockAccounts(trx, [m.userId])).get(m.userId);
  const earnings = await lockLedgerAccountRow(trx, earningsOf(m.userId));
  const balance = Number(earnings?.balance ?? 0);
  if (balance <= 0) return null;
  const done = await trx
    .selectFrom('automatic_payout_runs')
    .select('user_id')
    .where('user_id', '=', m.userId)
    .where('payment_date', '=', m.paymentDate)
    .executeTakeFirst();
  if (done) return null;
  const oldest = await oldestUnrequestedAcceptance(trx, m.userId, balance);
  // The law's date comes first: earnings at their last payment date are paid even below
  // the minimum (a suspended member is paid too: the work was done and accepted).
  const lawDue = oldest !== null && dueWithinSixtyDays(oldest, m.paymentDate) && status !== undefined;
  const wanted = m.automatic && status === 'active';
  if (!lawDue && !wanted) return null;
  const reason = wanted ? 'automatic' : 'sixty_days';
  const rules = { fee: deps.config.payoutFee, minimum: lawDue ? 0 : deps.config.payoutMinimum };
  const checked = checkPayoutRequest({ amount: balance, final: false }, balance, rules);
  const bank = await trx.selectFrom('bank_accounts').selectAll().where('user_id', '=', m.userId).executeTakeFirst();
  let outcome: Outcome;
  let requestId: string | null = null;
  if (!checked.ok) outcome = 'carried_over';
  else if (!bank) outcome = 'no_bank_account';
  // The law's payment goes out regardless; a chosen one waits for the 支払調書 details.
  else if (!lawDue && (await payeeIdentityMissing(trx, m.userId))) outcome = 'no_payee_identity';
  else {
    outcome = 'requested';
    const { fee, net } = checked;
    requestId = await insertPayoutRequest(
      trx,
      deps,
      { userId: m.userId, amount: balance, fee, net, final: false, scheduledDate: m.paymentDate, bank },
      now,
    );
  }
  await trx
    .insertInto('automatic_payout_runs')
    .values({
      user_id: m.userId,
      payment_date: m.paymentDate,
      reason,
      outcome,
      payout_request_id: requestId,
      amount: balance,
      created_at: now,
    })
    .execute();
  // A member who chose automatic payouts and is below the minimum simply waits for more;
  // the others are told why nothing was transferred.
  if (outcome === 'no_bank_account' || outcome === 'no_payee_identity' || (outcome === 'carried_over' && lawDue)) {
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: m.userId,
        kind: 'payout.automatic_held',
        params: { paymentDate: m.paymentDate, amount: balance, reason: outcome === 'carried_over' ? 'below_fee' : outcome },
        link: HELD_LINKS[outcome],
      },
      now,
    );
  }
  return outcome;
}

/**
 * The day (Japan time) the oldest earnings still in the balance were credited: the
 * balance is the newest credits (requests take the oldest money first).
 */
export async function oldestUnrequestedAcceptance(db: Db, userId: string, balance: number): Promise<CalendarDate | null> {
  if (balance <= 0) return null;
  const credits = await db
    .selectFrom('ledger_entries')
    .select(['amount', 'created_at'])
    .where('account_id', '=', earningsOf(userId))
    .where('amount', '>', 0)
    .orderBy('id', 'desc')
    .execute();
  let covered = 0;
  let oldest: Date | null = null;
  for (const c of credits) {
    oldest = c.created_at;
    covered += Number(c.amount);
    if (covered >= balance) break;
  }
  return oldest ? japanDate(oldest) : null;
}

/** Takes the lock the batch build takes, for a run of its own. */
export async function takePayoutBatchLock(trx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(${PAYOUT_BATCH_LOCK})`.execute(trx);
}
