// The pre-check: everything that blocks this user's withdrawal right now, and what
// withdrawal would mean. Read-only; the withdrawal itself re-checks in its transaction.
import { type Eligibility, evaluateWithdrawal } from '../../../domain/withdrawal/eligibility';
import type { Deps } from '../../deps';
import { pendingHeldCount } from '../../screening/withdrawal';
import { loadSnapshot } from '../../withdrawal/registry';
import { latestExpected } from '../../withdrawal/scheduled';

export interface Precheck extends Eligibility {
  balanceYen: number;
  heldItemsPending: number;
  /** Only payouts on their way block: the withdrawal can be scheduled (予約退会). */
  schedulable: boolean;
  scheduled: { requestedAt: Date; completesAfter: Date | null } | null;
}

export async function getWithdrawalPrecheck(deps: Deps, userId: string): Promise<Precheck> {
  const snapshot = await loadSnapshot(deps.db, userId, deps.clock(), deps.withdrawal, deps.config);
  const heldItemsPending = await pendingHeldCount(deps.db, userId);
  const eligibility = evaluateWithdrawal({ ...snapshot, heldItemsPending }, deps.withdrawal.rules);
  const waiting = await deps.db
    .selectFrom('scheduled_withdrawals')
    .select('requested_at')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  const inFlight = eligibility.blockers.filter((b) => b.rule.code === 'payouts-in-flight');
  const completesAfter = latestExpected(inFlight);
  return {
    ...eligibility,
    balanceYen: snapshot.balanceYen,
    heldItemsPending,
    schedulable: !eligibility.eligible && eligibility.blockers.length > 0 && inFlight.length === eligibility.blockers.length,
    scheduled: waiting ? { requestedAt: waiting.requested_at, completesAfter } : null,
  };
}
