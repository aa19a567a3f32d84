import type { Deps } from '../../deps';
import { cancelScheduledIn } from '../../withdrawal/scheduled';

/** The member cancels a scheduled withdrawal and keeps using the service. */
export async function cancelScheduledWithdrawal(deps: Deps, userId: string, reason?: string): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute((trx) => cancelScheduledIn(trx, deps, userId, reason ?? null, now));
}
