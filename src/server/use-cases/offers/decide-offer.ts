import { OFFER_TRANSITIONS, type OfferAction } from '../../../domain/applications/offers';
import { AppError } from '../../../domain/errors';
import { checkTransition } from '../../../domain/process/transitions';
import { createContract, japanDatePlus } from '../../contracts/create';
import { lockActiveAccounts } from '../../db/account-lock';
import type { Db } from '../../db/database';
import type { Deps } from '../../deps';
import { type NoticeInput, notify } from '../../notifications/notify';

export interface DecideOfferInput {
  actorId: string;
  offerId: string;
  action: Exclude<OfferAction, 'expire'>;
  reason?: string | null;
}

export async function decideOffer(deps: Deps, input: DecideOfferInput): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const offer = await loadOffer(trx, input.offerId);
    const role = offer?.worker_id === input.actorId ? 'worker' : offer?.client_id === input.actorId ? 'client' : null;
    if (!offer || !role) throw new AppError('not-found');
    const step = checkTransition(OFFER_TRANSITIONS, input.action, offer.status, role);
    if (!step.ok) throw new AppError(step.reason === 'not-allowed' ? 'forbidden' : 'offer-transition-invalid');
    // Accepting leads to a contract for both sides: neither may be leaving.
    if (input.action === 'accept') {
      await lockActiveAccounts(trx, [offer.worker_id, offer.client_id]);
    }
    const updated = await trx
      .updateTable('offers')
      .set({
        status: step.to,
        decided_at: now,
        updated_at: now,
        ...(input.action === 'decline' ? { decline_reason: input.reason ?? null } : {}),
      })
      .where('id', '=', offer.id)
      .where('status', '=', step.from)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw new AppError('offer-transition-invalid');
    if (input.action === 'accept') await contractFor(trx, deps, offer, now);
    await notify(trx, deps.config.publicUrl, noticeOf(offer, input), now);
  });
}

type OfferRow = NonNullable<Awaited<ReturnType<typeof loadOffer>>>;

/** The offer with what a contract made from it needs of its job. */
function loadOffer(trx: Db, offerId: string) {
  return trx
    .selectFrom('offers as o')
    .innerJoin('jobs as j', 'j.id', 'o.job_id')
    .select([
      'o.id',
      'o.status',
      'o.worker_id',
      'o.client_id',
      'o.amount',
      'j.id as job_id',
      'j.title',
      'j.budget_min',
      'j.budget_max',
      'j.delivery_date',
    ])
    .where('o.id', '=', offerId)
    .executeTakeFirst();
}

/** An accepted offer's contract: the offer's amount, else the job's budget; the client can change it before funding. */
async function contractFor(trx: Db, deps: Deps, offer: OfferRow, now: Date): Promise<void> {
  const amount = offer.amount ?? offer.budget_max ?? offer.budget_min ?? 10_000;
  const today = japanDatePlus(now, 0);
  const dueDate = offer.delivery_date && offer.delivery_date > today ? offer.delivery_date : japanDatePlus(now, 14);
  await createContract(
    trx,
    deps,
    {
      jobId: offer.job_id,
      title: offer.title,
      clientId: offer.client_id,
      workerId: offer.worker_id,
      amount,
      dueDate,
      offerId: offer.id,
    },
    now,
  );
}

/** The other side hears the decision: the client of an acceptance or a refusal, the worker of a cancellation. */
function noticeOf(offer: OfferRow, input: DecideOfferInput): NoticeInput {
  const offerTitle = offer.title;
  const link = `/offers/${offer.id}`;
  switch (input.action) {
    case 'accept':
      return { userId: offer.client_id, kind: 'offer.accepted', params: { offerTitle }, link };
    case 'decline':
      return { userId: offer.client_id, kind: 'offer.declined', params: { offerTitle, reason: input.reason ?? null }, link };
    case 'cancel':
      return { userId: offer.worker_id, kind: 'offer.cancelled', params: { offerTitle }, link };
  }
}
