// Mails a single-use reset link valid for one hour. The answer never says whether the
// address is registered.
import { normaliseEmail } from '../../domain/accounts/email';
import { issueAuthToken } from '../db/repositories/auth-tokens';
import { enqueueMail } from '../db/repositories/outbox';
import { findCredentialsByEmail } from '../db/repositories/users';
import type { Deps } from '../deps';

export const RESET_PASSWORD_TTL_MINUTES = 60;

export async function requestPasswordReset(deps: Deps, rawEmail: string): Promise<void> {
  const email = normaliseEmail(rawEmail);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const user = await findCredentialsByEmail(trx, email);
    if (!user || (user.status !== 'active' && user.status !== 'withdrawing')) return;
    const token = await issueAuthToken(trx, {
      userId: user.id,
      kind: 'reset_password',
      now,
      ttlMinutes: RESET_PASSWORD_TTL_MINUTES,
    });
    await enqueueMail(trx, {
      now,
      to: email,
      userId: user.id,
      template: 'reset_password',
      vars: { link: `${deps.config.publicUrl}/reset-password?token=${token}`, minutes: RESET_PASSWORD_TTL_MINUTES },
    });
  });
}
