import { ACCOUNT_TRANSITIONS } from '../../domain/accounts/process';
import { addDays, addYears, FORMER_MEMBER_YEARS, monthOf, scrubIdentifiers } from '../../domain/withdrawal/retention';
import type { WithdrawBody } from '../../shared/api/withdrawal';
import { deleteAttachments } from '../attachments/attachments';
import type { LockedAccount } from '../db/account-lock';
import type { Db } from '../db/database';
import { recordAudit } from '../db/repositories/audit';
import { enqueueMail } from '../db/repositories/outbox';
import { applyTransition } from '../db/transition';
import type { Deps } from '../deps';
import { declinePendingApplications } from '../jobs/decline-pending';
import { endOffersOf } from '../offers/end-offers';
import { retainOrErasePayeeIdentity } from '../payouts/payee-identity';
import { retireQuotes } from '../quotes/withdrawal';
import { discardHeldItems } from '../screening/withdrawal';
import { hmac, randomToken, sha256 } from '../security/tokens';
import { seal } from '../security/vault';
import { retireSellerServices, sellerServiceTexts } from '../services/withdrawal';
import { getProfile } from '../use-cases/accounts/get-profile';
import { formatJapaneseDate } from './scheduled';
import { scrubStoredAnswers } from './scrub';
import { emailKey, type VaultContents } from './vault';

type WithdrawInput = Pick<WithdrawBody, 'reasons' | 'otherReason' | 'eraseNow'>;
type LastTransfer = { net: number; numberHint: string };

/** The withdrawal itself, in the caller's transaction, with the account locked and every blocker cleared. */
export async function performWithdrawal(
  trx: Db,
  deps: Deps,
  user: LockedAccount,
  input: WithdrawInput,
  now: Date,
  lastTransfer?: LastTransfer,
): Promise<{ withdrawnAt: Date; undoUntil: Date | null; fileKeys: string[] }> {
  const undoDays = input.eraseNow ? 0 : deps.config.withdrawalUndoDays;
  const undoUntil = undoDays > 0 ? addDays(now, undoDays) : null;
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
  const restoreToken = undoUntil ? await keepForUndo(trx, deps, user, { formerId: former.id, emailHmac, undoUntil }, now) : null;
  await recordReasons(trx, user, input, now);
  await anonymiseAccount(trx, user, lastTransfer ? 'system' : 'member', now);
  await endDealings(trx, deps, user.id, now);
  await retireSellerServices(trx, user.id, now);
  await retireQuotes(trx, user.id, now);
  await discardHeldItems(trx, user.id, now);
  const fileKeys = await deleteAttachments(trx, deps, { ownerId: user.id });
  await eraseTraces(trx, deps, user);
  await recordAudit(trx, {
    actorUserId: user.id,
    action: 'account.withdrawn',
    subjectType: 'user',
    subjectId: user.id,
    data: { eraseNow: input.eraseNow },
    now,
  });
  await sendConfirmation(trx, deps, { email, restoreToken, undoUntil, lastTransfer }, now);
  return { withdrawnAt: now, undoUntil, fileKeys };
}

/** What a restore needs, sealed in the vault until `undoUntil`; returns the token that opens it. */
async function keepForUndo(
  trx: Db,
  deps: Deps,
  user: LockedAccount,
  keep: { formerId: number; emailHmac: string; undoUntil: Date },
  now: Date,
): Promise<string> {
  const restoreToken = randomToken();
  const contents: VaultContents = {
    email: user.email ?? '',
    displayName: user.display_name,
    passwordHash: user.password_hash,
    emailVerifiedAt: user.email_verified_at?.toISOString() ?? null,
    intent: user.intent,
    profile: await getProfile(trx, user.id),
    formerMemberId: keep.formerId,
    services: await sellerServiceTexts(trx, user.id),
  };
  await trx
    .insertInto('withdrawal_vault')
    .values({
      user_id: user.id,
      email_hmac: keep.emailHmac,
      restore_token_hash: sha256(restoreToken),
      ciphertext: seal(deps.config.secret, contents),
      created_at: now,
      expires_at: keep.undoUntil,
    })
    .execute();
  return restoreToken;
}

/** The reasons given, by month only and with the member's identifiers scrubbed from the free text. */
async function recordReasons(trx: Db, user: LockedAccount, input: WithdrawInput, now: Date): Promise<void> {
  const email = user.email ?? '';
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
}

/**
 * The account keeps its id and username as 「退会済みユーザー」; the rest of it goes. The
 * member withdraws at once; the platform completes a scheduled withdrawal.
 */
async function anonymiseAccount(trx: Db, user: LockedAccount, actor: 'member' | 'system', now: Date): Promise<void> {
  const userId = user.id;
  await applyTransition(trx, {
    table: 'users',
    id: userId,
    machine: ACCOUNT_TRANSITIONS,
    action: 'withdraw',
    actor,
    current: user.status,
    refusals: { notAllowed: 'forbidden', wrongState: 'account-withdrawn' },
    set: { withdrawn_at: now, updated_at: now, email: null, email_verified_at: null, display_name: null, password_hash: null },
  });
  await trx.deleteFrom('profiles').where('user_id', '=', userId).execute();
  // Their favourites, and others' favourites of them: who kept whom is about both.
  await trx
    .deleteFrom('favourites')
    .where((eb) => eb.or([eb('user_id', '=', userId), eb.and([eb('kind', '=', 'member'), eb('target_id', '=', userId)])]))
    .execute();
  // Blocks they made and blocks of them: who avoided whom is about both, and ends with either.
  await trx
    .deleteFrom('member_blocks')
    .where((eb) => eb.or([eb('blocker_id', '=', userId), eb('blocked_id', '=', userId)]))
    .execute();
  // Staff flags about them (a former-member match): the person is gone; the audit log keeps what staff did.
  await trx.deleteFrom('member_flags').where('user_id', '=', userId).execute();
  // Their saved searches (with what matched them) and the days their digests went out.
  await trx.deleteFrom('saved_searches').where('user_id', '=', userId).execute();
  await trx.deleteFrom('saved_search_digests').where('user_id', '=', userId).execute();
  // Postings never published are private drafts: they go. Published ones stay as public
  // content under 「退会済みユーザー」. A draft that money once moved for (a task or
  // competition paid and refunded, a transfer called off) stays as the subject of those
  // accounting records; nobody can see it any more.
  await trx
    .deleteFrom('jobs')
    .where('client_id', '=', userId)
    .where('published_at', 'is', null)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('job_escrows as e').select('e.job_id').whereRef('e.job_id', '=', 'jobs.id'))))
    .execute();
}

/** Applicants still waiting on this client's (closed) postings are told the selection ended; pending offers end. */
async function endDealings(trx: Db, deps: Deps, userId: string, now: Date): Promise<void> {
  const waiting = await trx
    .selectFrom('applications as a')
    .innerJoin('jobs as j', 'j.id', 'a.job_id')
    .select('j.id')
    .distinct()
    .where('j.client_id', '=', userId)
    .where('a.status', '=', 'pending')
    .execute();
  for (const job of waiting) {
    await declinePendingApplications(trx, deps, job.id, 'client_withdrew', now);
  }
  await endOffersOf(trx, deps, userId, now);
}

/** Notifications, sessions, keys, stored answers, the bank account, payout destinations, tokens, mail and throttles. */
async function eraseTraces(trx: Db, deps: Deps, user: LockedAccount): Promise<void> {
  const email = user.email ?? '';
  await trx.deleteFrom('notifications').where('user_id', '=', user.id).execute();
  await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
  await trx.deleteFrom('idempotency_keys').where('user_id', '=', user.id).execute();
  await scrubStoredAnswers(trx, { displayName: user.display_name, username: user.username });
  await trx.deleteFrom('bank_accounts').where('user_id', '=', user.id).execute();
  // Payouts are all settled by now (one in flight blocks withdrawal): their amounts stay
  // as accounting records, the sealed destination goes.
  await trx.updateTable('payout_requests').set({ sealed: null }).where('user_id', '=', user.id).execute();
  await trx.deleteFrom('payout_settings').where('user_id', '=', user.id).execute();
  // The 支払調書 names the payee: kept only as long as the law keeps the record.
  await retainOrErasePayeeIdentity(trx, user.id);
  await trx.deleteFrom('auth_tokens').where('user_id', '=', user.id).execute();
  await trx.deleteFrom('second_factors').where('user_id', '=', user.id).execute();
  await trx.deleteFrom('recovery_codes').where('user_id', '=', user.id).execute();
  // The answers to reviews of their services are the seller's own words about them.
  await trx.updateTable('reviews').set({ answer: null, answered_at: null }).where('reviewee_id', '=', user.id).execute();
  // Their own words in reports and appeals; the reports, restrictions and decisions stay (privacy-map).
  await trx.updateTable('reports').set({ note: '' }).where('reporter_id', '=', user.id).execute();
  await trx
    .updateTable('account_restrictions')
    .set({ appeal_text: '' })
    .where('user_id', '=', user.id)
    .where('appeal_text', 'is not', null)
    .execute();
  // Their consultations (相談窓口): what they told and what staff answered go; the record
  // that the desk received and handled them stays (privacy-map).
  await trx
    .updateTable('consultations')
    .set((eb) => ({
      description: '',
      answer: eb.case().when('answer', 'is not', null).then('').else(null).end(),
      status: 'closed',
    }))
    .where('member_id', '=', user.id)
    .execute();
  // Mail to or about the person, sent or not, holds their address and name.
  await trx
    .deleteFrom('outbox')
    .where((eb) => eb.or([eb('user_id', '=', user.id), eb('to_address', '=', email)]))
    .execute();
  await trx
    .deleteFrom('login_throttles')
    .where('key', '=', hmac(deps.config.secret, 'login-throttle', email))
    .execute();
}

interface Confirmation {
  email: string;
  restoreToken: string | null;
  undoUntil: Date | null;
  lastTransfer: LastTransfer | undefined;
}

/** The last mail to the address: how to undo (while possible), and the final transfer when one closed the account. */
async function sendConfirmation(trx: Db, deps: Deps, c: Confirmation, now: Date): Promise<void> {
  await enqueueMail(trx, {
    now,
    to: c.email,
    userId: null,
    template: 'withdrawal_confirmation',
    eraseAfterSend: true,
    vars: {
      undoLink: c.restoreToken ? `${deps.config.publicUrl}/restore-account?token=${c.restoreToken}` : null,
      undoUntil: c.undoUntil ? formatJapaneseDate(c.undoUntil) : null,
      registerLink: `${deps.config.publicUrl}/register`,
      lastTransfer: c.lastTransfer
        ? `振込申請の報酬 ¥${c.lastTransfer.net.toLocaleString('ja-JP')} を、ご登録の口座(口座番号の末尾 ${c.lastTransfer.numberHint})に振り込みました。予約いただいた退会は、この振込の完了をもって手続きしました。`
        : null,
    },
  });
}
