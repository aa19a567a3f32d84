// Withdraws an account (退会). One transaction locks the user row FOR UPDATE, re-runs
// every blocker provider, and only then erases: so no action can slip a new blocker in
// between the check and the withdrawal (see db/account-lock.ts).
//
// Effects: every session, token and link dies; personal data is erased from the
// operational tables; the username stays reserved; a keyed hash of the email goes to the
// former-member registry (5-year direct-deal rule); the reasons are kept without any
// link to the person; within the undo window the personal data waits, encrypted, in
// the vault, unless the user chose to erase it now.
import { sql } from 'kysely';
import { normaliseEmail } from '../../domain/accounts/email';
import { AppError } from '../../domain/errors';
import { type Blocker, evaluateWithdrawal } from '../../domain/withdrawal/eligibility';
import {
  addDays,
  addYears,
  FORMER_MEMBER_YEARS,
  monthOf,
  scrubIdentifiers,
  WITHDRAWN_NAME,
} from '../../domain/withdrawal/retention';
import type { WithdrawBody } from '../../shared/api/withdrawal';
import { deleteAttachments, removeFiles } from '../attachments/attachments';
import { type LockedAccount, lockAccountForWithdrawal, lockAccountRow } from '../db/account-lock';
import type { Db } from '../db/database';
import { recordAudit } from '../db/repositories/audit';
import { enqueueMail } from '../db/repositories/outbox';
import type { Deps } from '../deps';
import { declinePendingApplications } from '../jobs/decline-pending';
import { notify } from '../notifications/notify';
import { NO_SOURCE, type PasswordAttempt, verifyPasswordAgain } from '../security/password-throttle';
import { hmac, randomToken, sha256 } from '../security/tokens';
import { seal } from '../security/vault';
import { loadSnapshot } from '../withdrawal/registry';
import { getProfile } from './get-profile';
import { endOffersOf } from './offers';

/** What the vault holds: enough to restore the account exactly. */
export interface VaultContents {
  email: string;
  displayName: string | null;
  passwordHash: string | null;
  emailVerifiedAt: string | null;
  intent: 'work' | 'order' | 'both';
  profile: Awaited<ReturnType<typeof getProfile>>;
  formerMemberId: number;
}

export function emailKey(secret: string, email: string): string {
  return hmac(secret, 'former-member', normaliseEmail(email));
}

/** Blockers that clear by themselves once money is transferred: a withdrawal may wait for them. */
const SCHEDULABLE = new Set(['payouts-in-flight']);

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
      return scheduleWithdrawal(trx, deps, { userId: user.id, input, completesAfter: latestExpected(eligibility.blockers) }, now);
    }
    const done = await performWithdrawal(trx, deps, user, input, now);
    fileKeys = done.fileKeys;
    return { kind: 'withdrawn', withdrawnAt: done.withdrawnAt, undoUntil: done.undoUntil };
  });
  // Files go once their rows are gone for good.
  await removeFiles(deps, fileKeys);
  return result;
}

/** The latest expected transfer date of the payouts these blockers wait for, if any. */
export function latestExpected(blockers: readonly Blocker[]): Date | null {
  const times = blockers.flatMap((b) => b.items.flatMap((i) => (i.expectedAt ? [i.expectedAt.getTime()] : [])));
  return times.length ? new Date(Math.max(...times)) : null;
}

/** 予約退会: the account stops (no new actions) and waits for its payouts to arrive. */
async function scheduleWithdrawal(
  trx: Db,
  deps: Deps,
  args: { userId: string; input: WithdrawBody; completesAfter: Date | null },
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
  await trx.updateTable('users').set({ status: 'withdrawing', updated_at: now }).where('id', '=', args.userId).execute();
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
      title: '退会を予約しました',
      body: `振込申請中の報酬の振込が完了すると、自動で退会します${completesAfter ? `(振込予定日 ${formatJapaneseDate(completesAfter).slice(0, -6)})` : ''}。それまで新しい応募や依頼はできません。予約は退会のページで取り消せます。`,
      link: '/mypage/withdrawal',
    },
    now,
  );
  return { kind: 'scheduled', completesAfter };
}

/** The member cancels a scheduled withdrawal and keeps using the service. */
export async function cancelScheduledWithdrawal(deps: Deps, userId: string, reason?: string): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute((trx) => cancelScheduledIn(trx, deps, userId, reason ?? null, now));
}

async function cancelScheduledIn(trx: Db, deps: Deps, userId: string, reason: string | null, now: Date): Promise<void> {
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
  await trx
    .updateTable('users')
    .set({ status: 'active', updated_at: now })
    .where('id', '=', userId)
    .where('status', '=', 'withdrawing')
    .execute();
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
      title: '退会の予約を取り消しました',
      body: reason ?? '退会の予約を取り消しました。これまでどおりご利用いただけます。',
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

/** The withdrawal itself, in the caller's transaction, with the account locked and every blocker cleared. */
async function performWithdrawal(
  trx: Db,
  deps: Deps,
  user: LockedAccount,
  input: Pick<WithdrawBody, 'reasons' | 'otherReason' | 'eraseNow'>,
  now: Date,
  lastTransfer?: { net: number; numberHint: string },
): Promise<{ withdrawnAt: Date; undoUntil: Date | null; fileKeys: string[] }> {
  const undoDays = input.eraseNow ? 0 : deps.config.withdrawalUndoDays;
  const undoUntil = undoDays > 0 ? addDays(now, undoDays) : null;
  let fileKeys: string[] = [];
  const email = user.email ?? '';
  const emailHmac = emailKey(deps.config.secret, email);

  const former = await trx
    .insertInto('former_members')
    .values({
      email_hmac: emailHmac,
      withdrawn_on: now.toISOString().slice(0, 10),
      purge_after: addYears(now, FORMER_MEMBER_YEARS),
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  let restoreToken: string | null = null;
  if (undoUntil) {
    restoreToken = randomToken();
    const contents: VaultContents = {
      email,
      displayName: user.display_name,
      passwordHash: user.password_hash,
      emailVerifiedAt: user.email_verified_at?.toISOString() ?? null,
      intent: user.intent,
      profile: await getProfile(trx, user.id),
      formerMemberId: former.id,
    };
    await trx
      .insertInto('withdrawal_vault')
      .values({
        user_id: user.id,
        email_hmac: emailHmac,
        restore_token_hash: sha256(restoreToken),
        ciphertext: seal(deps.config.secret, contents),
        created_at: now,
        expires_at: undoUntil,
      })
      .execute();
  }

  await trx
    .insertInto('withdrawal_reasons')
    .values({
      month: monthOf(now),
      reasons: [...new Set(input.reasons)],
      other_text: scrubIdentifiers(input.otherReason, [email, email.split('@')[0], user.username, user.display_name]).slice(
        0,
        1000,
      ),
      erase_now: input.eraseNow,
    })
    .execute();

  await trx
    .updateTable('users')
    .set({
      status: 'withdrawn',
      withdrawn_at: now,
      updated_at: now,
      email: null,
      email_verified_at: null,
      display_name: null,
      password_hash: null,
    })
    .where('id', '=', user.id)
    .execute();
  await trx.deleteFrom('profiles').where('user_id', '=', user.id).execute();
  // Postings never published are private drafts: they go. Published ones stay as public
  // content under 「退会済みユーザー」. A draft that money once moved for (a task or
  // competition paid and refunded, a transfer called off) stays as the subject of those
  // accounting records; nobody can see it any more.
  await trx
    .deleteFrom('jobs')
    .where('client_id', '=', user.id)
    .where('published_at', 'is', null)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('job_escrows as e').select('e.job_id').whereRef('e.job_id', '=', 'jobs.id'))))
    .execute();
  // Applicants still waiting on this client's (closed) postings are told the selection ended.
  const waiting = await trx
    .selectFrom('applications as a')
    .innerJoin('jobs as j', 'j.id', 'a.job_id')
    .select('j.id')
    .distinct()
    .where('j.client_id', '=', user.id)
    .where('a.status', '=', 'pending')
    .execute();
  for (const job of waiting) {
    await declinePendingApplications(trx, deps, job.id, '発注者が退会したため、選考は終了しました。', now);
  }
  await endOffersOf(trx, deps, user.id, now);
  fileKeys = await deleteAttachments(trx, deps, { ownerId: user.id });
  await trx.deleteFrom('notifications').where('user_id', '=', user.id).execute();
  await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
  await trx.deleteFrom('idempotency_keys').where('user_id', '=', user.id).execute();
  await scrubStoredAnswers(trx, { displayName: user.display_name, username: user.username });
  await trx.deleteFrom('bank_accounts').where('user_id', '=', user.id).execute();
  // Payouts are all settled by now (one in flight blocks withdrawal): their amounts stay
  // as accounting records, the sealed destination goes.
  await trx.updateTable('payout_requests').set({ sealed: null }).where('user_id', '=', user.id).execute();
  await trx.deleteFrom('auth_tokens').where('user_id', '=', user.id).execute();
  // Mail to or about the person, sent or not, holds their address and name.
  await trx
    .deleteFrom('outbox')
    .where((eb) => eb.or([eb('user_id', '=', user.id), eb('to_address', '=', email)]))
    .execute();
  await trx
    .deleteFrom('login_throttles')
    .where('key', '=', hmac(deps.config.secret, 'login-throttle', email))
    .execute();
  await recordAudit(trx, {
    actorUserId: user.id,
    action: 'account.withdrawn',
    subjectType: 'user',
    subjectId: user.id,
    data: { eraseNow: input.eraseNow },
    now,
  });
  await enqueueMail(trx, {
    now,
    to: email,
    userId: null,
    template: 'withdrawal_confirmation',
    eraseAfterSend: true,
    vars: {
      undoLink: restoreToken ? `${deps.config.publicUrl}/restore-account?token=${restoreToken}` : null,
      undoUntil: undoUntil ? formatJapaneseDate(undoUntil) : null,
      registerLink: `${deps.config.publicUrl}/register`,
      lastTransfer: lastTransfer
        ? `振込申請の報酬 ¥${lastTransfer.net.toLocaleString('ja-JP')} を、ご登録の口座(口座番号の末尾 ${lastTransfer.numberHint})に振り込みました。予約いただいた退会は、この振込の完了をもって手続きしました。`
        : null,
    },
  });
  return { withdrawnAt: now, undoUntil, fileKeys };
}

/**
 * The other members' stored answers (idempotency_keys.response, replayed to a retry for a
 * day) show the member as they were; from now on the member is 「退会済みユーザー」 there
 * too, with no name and no username.
 */
async function scrubStoredAnswers(trx: Db, who: { displayName: string | null; username: string }): Promise<void> {
  const names = [who.displayName, who.username].filter((n): n is string => !!n);
  const found = names.map((n) => sql<boolean>`strpos(response::text, ${JSON.stringify(n).slice(1, -1)}) > 0`);
  const rows = await trx
    .selectFrom('idempotency_keys')
    .select(['user_id', 'key', 'response'])
    .where((eb) => eb.or(found))
    .execute();
  for (const row of rows) {
    await trx
      .updateTable('idempotency_keys')
      .set({ response: JSON.stringify(withoutMember(row.response, who)) })
      .where('user_id', '=', row.user_id)
      .where('key', '=', row.key)
      .execute();
  }
}

function withoutMember(value: unknown, who: { displayName: string | null; username: string }): unknown {
  if (typeof value === 'string') {
    if (value === who.username) return WITHDRAWN_NAME.ja;
    return who.displayName ? value.split(who.displayName).join(WITHDRAWN_NAME.ja) : value;
  }
  if (Array.isArray(value)) return value.map((v) => withoutMember(v, who));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = withoutMember(v, who);
    // A party shown by name is shown as withdrawn, as presentParty does.
    if ((value as Record<string, unknown>).username === who.username && 'withdrawn' in out) out.withdrawn = true;
    return out;
  }
  return value;
}

/** "2026年4月15日 09:00" in Japan time, for mail texts. */
export function formatJapaneseDate(date: Date): string {
  const jst = new Date(date.getTime() + 9 * 3_600_000);
  const hh = String(jst.getUTCHours()).padStart(2, '0');
  const mm = String(jst.getUTCMinutes()).padStart(2, '0');
  return `${jst.getUTCFullYear()}年${jst.getUTCMonth() + 1}月${jst.getUTCDate()}日 ${hh}:${mm}`;
}
