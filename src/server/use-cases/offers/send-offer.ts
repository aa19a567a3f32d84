// Offers (スカウト / 直接依頼): a client invites a worker to one of their open jobs; the
// worker accepts or declines; the client may cancel; unanswered offers expire.

import { normaliseUsername } from '../../../domain/accounts/username';
import { AppError } from '../../../domain/errors';
import { assertNotBlocked } from '../../blocks/guard';
import { assertActive, lockAccounts } from '../../db/account-lock';
import { isUniqueViolation } from '../../db/errors';
import { lockJobRowForShare } from '../../db/repositories/locks';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { assertAvailable } from '../../moderation/available';
import { assertNotRestricted } from '../../moderation/restrictions';
import { notify } from '../../notifications/notify';
import { enqueueTask } from '../../queue/queue';
import { OFFER_EXPIRE_TASK } from '../../queue/tasks';
import { createThread } from '../../threads/threads';

export interface SendOfferInput {
  clientId: string;
  jobId: string;
  username: string;
  message: string;
  amount?: number | null;
}

export async function sendOffer(deps: Deps, input: SendOfferInput): Promise<string> {
  const now = deps.clock();
  try {
    return await inTransaction(deps.db, async (trx) => {
      await assertNotRestricted(trx, input.clientId, 'message', now);
      // The offer involves the worker too: both accounts are locked (FOR SHARE, in id order,
      // as a hire does), so a worker withdrawing at the same moment either sees the pending
      // offer (and declines it) or has withdrawn before, and the offer is refused.
      const worker = await trx
        .selectFrom('users')
        .select(['id'])
        .where('username', '=', normaliseUsername(input.username))
        .executeTakeFirst();
      const statuses = await lockAccounts(trx, worker ? [input.clientId, worker.id] : [input.clientId]);
      assertActive(statuses.get(input.clientId));
      const job = await lockJobRowForShare(trx, input.jobId);
      if (!job || job.client_id !== input.clientId) throw new AppError('not-found');
      if (job.status !== 'open') throw new AppError('job-not-open');
      if (!worker) throw AppError.field('/username', 'user-not-found');
      if (worker.id === input.clientId) throw AppError.field('/username', 'offer-to-self');
      if (statuses.get(worker.id) !== 'active') throw new AppError('worker-unavailable');
      await assertAvailable(trx, worker.id, 'worker-unavailable', now);
      await assertNotBlocked(trx, input.clientId, worker.id);
      const expiresAt = new Date(now.getTime() + deps.config.offerExpiryDays * 86_400_000);
      const offer = await trx
        .insertInto('offers')
        .values({
          job_id: job.id,
          client_id: input.clientId,
          worker_id: worker.id,
          message: input.message,
          amount: input.amount ?? null,
          expires_at: expiresAt,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await createThread(trx, { type: 'offer', id: offer.id }, [input.clientId, worker.id], now);
      await enqueueTask(
        trx,
        { kind: OFFER_EXPIRE_TASK, payload: { offerId: offer.id }, runAt: expiresAt, dedupeKey: `offer.expire:${offer.id}` },
        now,
      );
      await notify(
        trx,
        deps.config.publicUrl,
        {
          userId: worker.id,
          kind: 'offer.received',
          params: { jobTitle: job.title, message: input.message },
          link: `/offers/${offer.id}`,
        },
        now,
      );
      return offer.id;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'offers_pending_key')) throw new AppError('offer-pending');
    throw error;
  }
}
