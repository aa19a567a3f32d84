// A card or konbini payment that failed or lapsed calls its deposit off with a reason
// (failure_code); until the client pays again, the milestone shows why.
import type { ExpressionBuilder, Selectable } from 'kysely';
import type { DepositFailure } from '../../domain/deposits/process';
import type { DB, DepositsTable } from '../db/schema';

export const isLive = (d: { status: string }) => d.status !== 'cancelled';

/** Deposits still waiting or confirmed, or called off by the provider's failure. */
export const liveOrFailed = (eb: ExpressionBuilder<DB, 'deposits'>) =>
  eb.or([eb('status', '!=', 'cancelled'), eb('failure_code', 'is not', null)]);

/** The milestone's latest failed provider payment, or null. */
export function paymentFailureOf(deposits: Selectable<DepositsTable>[], milestoneId: string) {
  const failed = deposits
    .filter((d) => d.milestone_id === milestoneId && d.status === 'cancelled' && d.failure_code)
    .sort((a, b) => (b.cancelled_at?.getTime() ?? 0) - (a.cancelled_at?.getTime() ?? 0))[0];
  if (!failed?.failure_code) return null;
  return {
    failure: failed.failure_code as DepositFailure,
    method: failed.method,
    at: (failed.cancelled_at ?? failed.created_at).toISOString(),
  };
}
