// The account lock that makes withdrawal race-safe.
//
// Every action that can create a withdrawal blocker (apply, publish, hire, order,
// request a payout …) calls `lockActiveAccount` first, inside its transaction: it takes
// the user row FOR SHARE and refuses a withdrawn or withdrawing account. Withdrawal takes
// the same row FOR UPDATE and re-checks every blocker in the same transaction. The two
// locks conflict, so either the action commits first (and withdrawal sees its blocker)
// or withdrawal commits first (and the action sees a withdrawn account). Many actions of
// one user still run in parallel: FOR SHARE locks do not conflict with each other.
import { AppError } from '../../domain/errors';
import type { Db } from './database';
import { lockUserRow, lockUserRowForWithdrawal, lockUserRowsForShare } from './repositories/locks';
import type { UserStatus } from './schema';

/** Test-only switch: the race tests turn locking off to prove they can detect a race. */
export const accountLocking = { enabled: true };

export async function lockActiveAccount(trx: Db, userId: string): Promise<void> {
  await lockActiveAccounts(trx, [userId]);
}

/** Both parties of a contract at once, in id order (one statement, no lock-order surprises). */
export async function lockActiveAccounts(trx: Db, userIds: string[]): Promise<void> {
  const statuses = await lockAccounts(trx, userIds);
  for (const id of [...statuses.keys()].sort()) assertActive(statuses.get(id));
}

/**
 * Locks several accounts FOR SHARE in id order and returns their statuses, for a caller
 * that answers an inactive other party with its own refusal (an offer to a withdrawn
 * worker is `worker-unavailable`).
 */
export async function lockAccounts(trx: Db, userIds: string[]): Promise<Map<string, UserStatus | undefined>> {
  const ids = [...new Set(userIds)].sort();
  const rows = await lockUserRowsForShare(trx, ids, accountLocking.enabled);
  return new Map(ids.map((id) => [id, rows.find((r) => r.id === id)?.status]));
}

export interface LockedAccount {
  id: string;
  username: string;
  email: string | null;
  display_name: string | null;
  password_hash: string | null;
  email_verified_at: Date | null;
  intent: 'work' | 'order' | 'both';
  status: UserStatus;
}

/**
 * Locks the account for withdrawal; refuses one that is not active (or, when completing
 * a scheduled withdrawal, not withdrawing).
 */
export async function lockAccountForWithdrawal(trx: Db, userId: string, scheduled = false): Promise<LockedAccount> {
  const row = await lockUserRowForWithdrawal(trx, userId, accountLocking.enabled);
  if (!(scheduled && row?.status === 'withdrawing')) assertActive(row?.status);
  return row as LockedAccount;
}

/**
 * Locks a member's account row FOR UPDATE before changing what hangs on it (their
 * transfers, their scheduled withdrawal), and returns its status. Everything that settles
 * a transfer or ends a scheduled withdrawal takes this lock first, before the payout or
 * schedule rows, so such changes on one member run one after another and in one lock
 * order (no deadlock on the users row).
 */
export async function lockAccountRow(trx: Db, userId: string): Promise<UserStatus | undefined> {
  return (await lockUserRow(trx, userId, accountLocking.enabled))?.status;
}

/** Refuses an account that is not active (suspended, withdrawing, withdrawn or missing). */
export function assertActive(status: UserStatus | undefined): void {
  if (status === 'active') return;
  if (status === 'suspended') throw new AppError('account-suspended');
  if (status === 'withdrawing') throw new AppError('account-withdrawing');
  throw new AppError('account-withdrawn');
}
