import { addDays, addYears, FORMER_MEMBER_YEARS, monthOf, scrubIdentifiers } from '../../domain/withdrawal/retention';
import type { WithdrawBody } from '../../shared/api/withdrawal';
import { deleteAttachments } from '../attachments/attachments';
import type { LockedAccount } from '../db/account-lock';
import type { Db } from '../db/database';
import { recordAudit } from '../db/repositories/audit';
import { enqueueMail } from '../db/repositories/outbox';
import type { Deps } from '../deps';
import { declinePendingApplications } from '../jobs/decline-pending';
import { endOffersOf } from '../offers/end-offers';
import { hmac, randomToken, sha256 } from '../security/tokens';
import { seal } from '../security/vault';
import { getProfile } from '../use-cases/accounts/get-profile';
import { formatJapaneseDate } from './scheduled';
import { scrubStoredAnswers } from './scrub';
import { emailKey, type VaultContents } from './vault';

/** The withdrawal itself, in the caller's transaction, with the account locked and every blocker cleared. */
export async function performWithdrawal(
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
