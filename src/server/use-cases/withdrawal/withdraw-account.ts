// Withdraws an account (退会). One transaction locks the user row FOR UPDATE, re-runs
// every blocker provider, and only then erases: so no action can slip a new blocker in
// between the check and the withdrawal (see db/account-lock.ts).
//
// Effects: every session, token and link dies; personal data is erased from the
// operational tables; the username stays reserved; a keyed hash of the email goes to the
// former-member registry (5-year direct-deal rule); the reasons are kept without any
// link to the person; within the undo window the personal data waits, encrypted, in
// the vault, unless the user chose to erase it now.

import { ACCOUNT_TRANSITIONS, type UserStatus } from '../../../domain/accounts/process';
import { AppError } from '../../../domain/errors';
import { evaluateWithdrawal } from '../../../domain/withdrawal/eligibility';
import type { WithdrawBody } from '../../../shared/api/withdrawal';
import { removeFiles } from '../../attachments/attachments';
import { lockAccountForWithdrawal } from '../../db/account-lock';
import type { Db } from '../../db/database';
import { recordAudit } from '../../db/repositories/audit';
import { applyTransition } from '../../db/transition';
import type { Deps } from '../../deps';
import { notify } from '../../notifications/notify';
import { NO_SOURCE, type PasswordAttempt, verifyPasswordAgain } from '../../security/password-throttle';
import { performWithdrawal } from '../../withdrawal/perform';
import { loadSnapshot } from '../../withdrawal/registry';
import { latestExpected, SCHEDULABLE } from '../../withdrawal/scheduled';

export type WithdrawOutcome =
  | { kind: 'withdrawn'; withdrawnAt: Date; undoUntil: Date | null }
  | { kind: 'scheduled'; completesAfter: Date | null };

export async function withdrawAccount(
  deps: Deps,
  input: WithdrawBody & { userId: string; attempt?: PasswordAttempt },
): Promise<WithdrawOutcome> {
  // The password proves it is the user; checked before the transaction (argon2 is slow),
  // through the login throttle.
  await verifyPasswordAgain(deps, {
    userId: input.userId,
    password: input.password,
    attempt: input.attempt ?? NO_SOURCE,
    pointer: '/password',
  });
  const now = deps.clock();
  let fileKeys: string[] = [];
  const result = await deps.db.transaction().execute(async (trx): Promise<WithdrawOutcome> => {
    const user = await lockAccountForWithdrawal(trx, input.userId);
    const eligibility = evaluateWithdrawal(
      await loadSnapshot(trx, user.id, now, deps.withdrawal, deps.config),
      deps.withdrawal.rules,
    );
    if (!eligibility.eligible) {
      const schedulable = eligibility.blockers.every((b) => SCHEDULABLE.has(b.rule.code));
      if (!schedulable || !input.schedule)
        throw new AppError('withdrawal-blocked', { blockers: eligibility.blockers, schedulable });
      return scheduleWithdrawal(
        trx,
        deps,
        { userId: user.id, status: user.status, input, completesAfter: latestExpected(eligibility.blockers) },
        now,
      );
    }
    const done = await performWithdrawal(trx, deps, user, input, now);
    fileKeys = done.fileKeys;
    return { kind: 'withdrawn', withdrawnAt: done.withdrawnAt, undoUntil: done.undoUntil };
  });
  // Files go once their rows are gone for good.
  await removeFiles(deps, fileKeys);
  return result;
}

/** 予約退会: the account stops (no new actions) and waits for its payouts to arrive. */
async function scheduleWithdrawal(
  trx: Db,
  deps: Deps,
  args: { userId: string; status: UserStatus; input: WithdrawBody; completesAfter: Date | null },
  now: Date,
): Promise<WithdrawOutcome> {
  await trx
    .insertInto('scheduled_withdrawals')
    .values({
      user_id: args.userId,
      reasons: [...new Set(args.input.reasons)],
      other_reason: args.input.otherReason.slice(0, 1000),
      erase_now: args.input.eraseNow,
      requested_at: now,
    })
    .execute();
  await applyTransition(trx, {
    table: 'users',
    id: args.userId,
    machine: ACCOUNT_TRANSITIONS,
    action: 'schedule_withdrawal',
    actor: 'member',
    current: args.status,
    refusals: { notAllowed: 'forbidden', wrongState: 'account-withdrawing' },
    set: { updated_at: now },
  });
  const { completesAfter } = args;
  await recordAudit(trx, {
    actorUserId: args.userId,
    action: 'account.withdrawal_scheduled',
    subjectType: 'user',
    subjectId: args.userId,
    now,
  });
  await notify(
    trx,
    deps.config.publicUrl,
    {
      userId: args.userId,
      kind: 'withdrawal.scheduled',
      params: { completesAfter: completesAfter?.toISOString() ?? null },
      link: '/mypage/withdrawal',
    },
    now,
  );
  return { kind: 'scheduled', completesAfter };
}
