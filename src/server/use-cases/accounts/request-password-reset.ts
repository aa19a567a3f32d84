// Mails a single-use reset link valid for one hour. The answer never says whether the
// address is registered, not even by its time: the request does the same statements
// for every address (one lookup, one queue task naming the account or none), and the
// token and the mail are made by the task after the answer.

import { normaliseEmail } from '../../../domain/accounts/email';
import { findCredentialsByEmail } from '../../db/repositories/users';
import type { Deps } from '../../deps';
import { enqueueTask } from '../../queue/queue';
import { PASSWORD_RESET_TASK } from '../../queue/tasks';

export async function requestPasswordReset(deps: Deps, rawEmail: string): Promise<void> {
  const email = normaliseEmail(rawEmail);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const user = await findCredentialsByEmail(trx, email);
    await enqueueTask(trx, { kind: PASSWORD_RESET_TASK, payload: { userId: user?.id ?? null }, runAt: now }, now);
  });
}
