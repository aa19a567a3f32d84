// Sends a fresh verification link. Answers the same whether or not the address is
// registered or already verified.
import { normaliseEmail } from '../../../domain/accounts/email';
import { issueAuthToken } from '../../db/repositories/auth-tokens';
import { enqueueMail } from '../../db/repositories/outbox';
import { findCredentialsByEmail } from '../../db/repositories/users';
import type { Deps } from '../../deps';
import { VERIFY_EMAIL_TTL_MINUTES } from './register-account';

export async function resendVerification(deps: Deps, rawEmail: string): Promise<void> {
  const email = normaliseEmail(rawEmail);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const user = await findCredentialsByEmail(trx, email);
    if (user?.status !== 'active' || user.email_verified_at) return;
    const token = await issueAuthToken(trx, {
      userId: user.id,
      kind: 'verify_email',
      now,
      ttlMinutes: VERIFY_EMAIL_TTL_MINUTES,
    });
    await enqueueMail(trx, {
      now,
      to: email,
      userId: user.id,
      template: 'verify_email',
      vars: {
        displayName: user.display_name ?? '',
        link: `${deps.config.publicUrl}/verify-email?token=${token}`,
        hours: VERIFY_EMAIL_TTL_MINUTES / 60,
      },
    });
  });
}
