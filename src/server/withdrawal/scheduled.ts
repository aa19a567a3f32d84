import { ACCOUNT_TRANSITIONS } from '../../domain/accounts/process';
import { AppError } from '../../domain/errors';
import { soleStep } from '../../domain/process/transitions';
import { type Blocker, evaluateWithdrawal } from '../../domain/withdrawal/eligibility';
import type { WithdrawBody } from '../../shared/api/withdrawal';
import { lockAccountForWithdrawal, lockAccountRow } from '../db/account-lock';
import type { Db } from '../db/database';
import { recordAudit } from '../db/repositories/audit';
import { applyTransitionToAll } from '../db/transition';
import type { Deps } from '../deps';
import { notify } from '../notifications/notify';
import { performWithdrawal } from './perform';
import { loadSnapshot } from './registry';

/** Blockers that clear by themselves once money is transferred: a withdrawal may wait for them. */
export const SCHEDULABLE = new Set(['payouts-in-flight']);

/** The latest expected transfer date of the payouts these blockers wait for, if any. */
export function latestExpected(blockers: readonly Blocker[]): Date | null {
  const times = blockers.flatMap((b) => b.items.flatMap((i) => (i.expectedAt ? [i.expectedAt.getTime()] : [])));
  return times.length ? new Date(Math.max(...times)) : null;
}

export async function cancelScheduledIn(trx: Db, deps: Deps, userId: string, reason: string | null, now: Date): Promise<void> {
  // The account row first, as settling a transfer takes it: a cancel racing the last
  // transfer either comes first (the withdrawal is off) or finds the account withdrawn.
  const status = await lockAccountRow(trx, userId);
  if (status === 'withdrawn') throw new AppError('account-withdrawn');
  const deleted = await trx
    .deleteFrom('scheduled_withdrawals')
    .where('user_id', '=', userId)
    .returning('user_id')
    .executeTakeFirst();
  if (!deleted) throw new AppError('no-scheduled-withdrawal');
  // A reason is the platform's: a transfer failed, or a new blocker appeared.
  await applyTransitionToAll(trx, {
    table: 'users',
    id: userId,
    machine: ACCOUNT_TRANSITIONS,
    action: 'cancel_withdrawal',
    actor: reason ? 'system' : 'member',
    current: soleStep(ACCOUNT_TRANSITIONS, 'cancel_withdrawal').from,
    refusals: { notAllowed: 'forbidden', wrongState: 'no-scheduled-withdrawal' },
    set: { updated_at: now },
  });
  await recordAudit(trx, {
    actorUserId: reason ? null : userId,
    action: 'account.withdrawal_schedule_cancelled',
    subjectType: 'user',
    subjectId: userId,
    data: reason ? { reason } : {},
    now,
  });
  await notify(
    trx,
    deps.config.publicUrl,
    {
      userId,
      kind: 'withdrawal.schedule_cancelled',
      params: { reason },
      link: '/mypage/withdrawal',
    },
    now,
  );
}

/**
 * After a payout of `userId` was settled: completes their scheduled withdrawal when nothing
 * blocks it any more (every blocker re-checked in this transaction), keeps waiting while
 * only payouts remain, and cancels it — telling the member why — when something else
 * appeared or a transfer failed. Returns the files to remove after commit.
 */
export async function continueScheduledWithdrawal(
  trx: Db,
  deps: Deps,
  userId: string,
  transferFailed: boolean,
  now: Date,
  /** The transfer just marked done, named in the withdrawal mail when it was the last one. */
  transfer?: { net: number; numberHint: string },
): Promise<string[]> {
  const scheduled = await trx.selectFrom('scheduled_withdrawals').selectAll().where('user_id', '=', userId).executeTakeFirst();
  if (!scheduled) return [];
  if (transferFailed) {
    await cancelScheduledIn(
      trx,
      deps,
      userId,
      '振込ができなかったため、退会の予約を取り消しました。報酬は報酬残高に戻っています。振込先口座を確認して、もう一度手続きしてください。',
      now,
    );
    return [];
  }
  const user = await lockAccountForWithdrawal(trx, userId, true);
  // Only a withdrawal still scheduled completes (a cancelled one left the account active).
  if (user.status !== 'withdrawing') return [];
  const eligibility = evaluateWithdrawal(
    await loadSnapshot(trx, userId, now, deps.withdrawal, deps.config),
    deps.withdrawal.rules,
  );
  if (!eligibility.eligible) {
    if (eligibility.blockers.every((b) => SCHEDULABLE.has(b.rule.code))) return [];
    const names = eligibility.blockers.map((b) => b.rule.title.ja).join('、');
    await cancelScheduledIn(
      trx,
      deps,
      userId,
      `退会できない理由ができたため、退会の予約を取り消しました: ${names}。退会のページで確認してください。`,
      now,
    );
    return [];
  }
  await trx.deleteFrom('scheduled_withdrawals').where('user_id', '=', userId).execute();
  const done = await performWithdrawal(
    trx,
    deps,
    user,
    { reasons: scheduled.reasons as WithdrawBody['reasons'], otherReason: scheduled.other_reason, eraseNow: scheduled.erase_now },
    now,
    transfer,
  );
  return done.fileKeys;
}

/** "2026年4月15日 09:00" in Japan time, for mail texts. */
export function formatJapaneseDate(date: Date): string {
  const jst = new Date(date.getTime() + 9 * 3_600_000);
  const hh = String(jst.getUTCHours()).padStart(2, '0');
  const mm = String(jst.getUTCMinutes()).padStart(2, '0');
  return `${jst.getUTCFullYear()}年${jst.getUTCMonth() + 1}月${jst.getUTCDate()}日 ${hh}:${mm}`;
}
