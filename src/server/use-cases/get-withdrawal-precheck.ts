// The pre-check: everything that blocks this user's withdrawal right now, and what
// withdrawal would mean. Read-only; the withdrawal itself re-checks in its transaction.
import { type Eligibility, evaluateWithdrawal } from '../../domain/withdrawal/eligibility';
import type { Deps } from '../deps';
import { loadSnapshot } from '../withdrawal/registry';

export interface Precheck extends Eligibility {
  balanceYen: number;
}

export async function getWithdrawalPrecheck(deps: Deps, userId: string): Promise<Precheck> {
  const snapshot = await loadSnapshot(deps.db, userId, deps.clock(), deps.withdrawal);
  return { ...evaluateWithdrawal(snapshot, deps.withdrawal.rules), balanceYen: snapshot.balanceYen };
}
