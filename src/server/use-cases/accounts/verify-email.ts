// Completes email verification from the link in the mail.
import { consumeAuthToken } from '../../db/repositories/auth-tokens';
import type { Deps } from '../../deps';

export async function verifyEmail(deps: Deps, token: string): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const { user_id } = await consumeAuthToken(trx, token, 'verify_email', now);
    await trx
      .updateTable('users')
      .set({ email_verified_at: now, updated_at: now })
      .where('id', '=', user_id)
      .where('email_verified_at', 'is', null)
      .execute();
  });
}
