// Mails a single-use reset link valid for one hour. The answer never says whether the
// address is registered, not even by its time: the request does the same statements
// for every address (one lookup, one queue task naming the account or none), and the
// token and the mail are made by the task after the answer.
import { normaliseEmail } from '../../domain/accounts/email';
import { issueAuthToken } from '../db/repositories/auth-tokens';
import { enqueueMail } from '../db/repositories/outbox';
import { findCredentialsByEmail, findUserById } from '../db/repositories/users';
import type { Deps } from '../deps';
import { enqueueTask } from '../queue/queue';

export const RESET_PASSWORD_TTL_MINUTES = 60;
export const PASSWORD_RESET_TASK = 'auth.password_reset';

export async function requestPasswordReset(deps: Deps, rawEmail: string): Promise<void> {
  const email = normaliseEmail(rawEmail);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const user = await findCredentialsByEmail(trx, email);
    await enqueueTask(trx, { kind: PASSWORD_RESET_TASK, payload: { userId: user?.id ?? null }, runAt: now }, now);
  });
}

/** The queue task: the link goes to the account's address of the moment, if it may log in. */
export async function sendPasswordReset(deps: Deps, userId: string | null, now: Date): Promise<void> {
  if (!userId) return;
  await deps.db.transaction().execute(async (trx) => {
    const user = await findUserById(trx, userId);
    if (!user?.email || (user.status !== 'active' && user.status !== 'withdrawing')) return;
    const token = await issueAuthToken(trx, {
      userId: user.id,
      kind: 'reset_password',
      now,
      ttlMinutes: RESET_PASSWORD_TTL_MINUTES,
    });
    await enqueueMail(trx, {
      now,
      to: user.email,
      userId: user.id,
      template: 'reset_password',
      vars: { link: `${deps.config.publicUrl}/reset-password?token=${token}`, minutes: RESET_PASSWORD_TTL_MINUTES },
    });
  });
}
