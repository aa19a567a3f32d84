// Offers (スカウト / 直接依頼): a client invites a worker to one of their open jobs; the
// worker accepts or declines; the client may cancel; unanswered offers expire.
import { normaliseUsername } from '../../domain/accounts/username';
import { OFFER_TRANSITIONS, type OfferAction } from '../../domain/applications/offers';
import { AppError } from '../../domain/errors';
import { checkTransition } from '../../domain/process/transitions';
import { createContract, japanDatePlus } from '../contracts/create';
import { assertActive, lockAccounts, lockActiveAccounts } from '../db/account-lock';
import type { Db } from '../db/database';
import { isUniqueViolation } from '../db/errors';
import { type OfferView, selectOffers } from '../db/repositories/offers';
import type { Deps } from '../deps';
import { notify } from '../notifications/notify';
import { enqueueTask } from '../queue/queue';
import { createThread } from '../threads/threads';

export const OFFER_EXPIRE_TASK = 'offer.expire';

export async function sendOffer(
  deps: Deps,
  input: { clientId: string; jobId: string; username: string; message: string; amount?: number | null },
): Promise<string> {
  const now = deps.clock();
  try {
    return await deps.db.transaction().execute(async (trx) => {
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
      const job = await trx
        .selectFrom('jobs')
        .select(['id', 'client_id', 'status', 'title'])
        .where('id', '=', input.jobId)
        .forShare()
        .executeTakeFirst();
      if (!job || job.client_id !== input.clientId) throw new AppError('not-found');
      if (job.status !== 'open') throw new AppError('job-not-open');
      if (!worker) throw AppError.field('/username', 'user-not-found');
      if (worker.id === input.clientId) throw AppError.field('/username', 'offer-to-self');
      if (statuses.get(worker.id) !== 'active') throw new AppError('worker-unavailable');
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
          title: `「${job.title}」のオファーが届きました`,
          body: `${input.message.slice(0, 200)}`,
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

export async function decideOffer(
  deps: Deps,
  input: { actorId: string; offerId: string; action: Exclude<OfferAction, 'expire'>; reason?: string | null },
): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const offer = await trx
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
      .where('o.id', '=', input.offerId)
      .executeTakeFirst();
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
    if (input.action === 'accept') {
      // The offer's amount, else the job's budget; the client can change it before funding.
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
    const link = `/offers/${offer.id}`;
    const notices = {
      accept: {
        userId: offer.client_id,
        kind: 'offer.accepted',
        title: `「${offer.title}」のオファーが承諾されました`,
        body: '受注者がオファーを承諾しました。',
      },
      decline: {
        userId: offer.client_id,
        kind: 'offer.declined',
        title: `「${offer.title}」のオファーが辞退されました`,
        body: input.reason ?? '受注者がオファーを辞退しました。',
      },
      cancel: {
        userId: offer.worker_id,
        kind: 'offer.cancelled',
        title: `「${offer.title}」のオファーが取り消されました`,
        body: '発注者がオファーを取り消しました。',
      },
    }[input.action];
    await notify(trx, deps.config.publicUrl, { ...notices, link }, now);
  });
}

/** The `offer.expire` task. Idempotent. */
export async function expireOffer(deps: Deps, offerId: string, now: Date): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const expired = await trx
      .updateTable('offers')
      .set({ status: 'expired', decided_at: now, updated_at: now })
      .where('id', '=', offerId)
      .where('status', '=', 'pending')
      .where('expires_at', '<=', now)
      .returning(['client_id', 'job_id'])
      .executeTakeFirst();
    if (!expired) return;
    const job = await trx.selectFrom('jobs').select('title').where('id', '=', expired.job_id).executeTakeFirstOrThrow();
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: expired.client_id,
        kind: 'offer.expired',
        title: `「${job.title}」のオファーは期限切れになりました`,
        body: '期限までに返事がありませんでした。',
        link: `/offers/${offerId}`,
      },
      now,
    );
  });
}

/** At withdrawal: pending offers to or from the member end, and the other side is told. */
export async function endOffersOf(trx: Db, deps: Deps, userId: string, now: Date): Promise<void> {
  const pending = await trx
    .selectFrom('offers as o')
    .innerJoin('jobs as j', 'j.id', 'o.job_id')
    .select(['o.id', 'o.worker_id', 'o.client_id', 'j.title'])
    .where('o.status', '=', 'pending')
    .where((eb) => eb.or([eb('o.worker_id', '=', userId), eb('o.client_id', '=', userId)]))
    .execute();
  for (const o of pending) {
    const workerLeaves = o.worker_id === userId;
    await trx
      .updateTable('offers')
      .set({
        status: workerLeaves ? 'declined' : 'cancelled',
        decline_reason: workerLeaves ? '受注者が退会しました。' : null,
        decided_at: now,
        updated_at: now,
      })
      .where('id', '=', o.id)
      .execute();
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: workerLeaves ? o.client_id : o.worker_id,
        kind: workerLeaves ? 'offer.declined' : 'offer.cancelled',
        title: `「${o.title}」のオファーは終了しました`,
        body: workerLeaves
          ? 'オファー先の会員が退会したため、オファーは辞退扱いになりました。'
          : '発注者が退会したため、オファーは取り消されました。',
        link: `/offers/${o.id}`,
      },
      now,
    );
  }
}

export async function listMyOffers(db: Db, userId: string): Promise<{ received: OfferView[]; sent: OfferView[] }> {
  const received = (await selectOffers(db)
    .where('o.worker_id', '=', userId)
    .orderBy('o.created_at', 'desc')
    .limit(200)
    .execute()) as OfferView[];
  const sent = (await selectOffers(db)
    .where('o.client_id', '=', userId)
    .orderBy('o.created_at', 'desc')
    .limit(200)
    .execute()) as OfferView[];
  return { received, sent };
}

export async function getOffer(db: Db, input: { viewerId: string; offerId: string }): Promise<OfferView> {
  const offer = (await selectOffers(db).where('o.id', '=', input.offerId).executeTakeFirst()) as OfferView | undefined;
  if (!offer || (offer.worker_id !== input.viewerId && offer.client_id !== input.viewerId)) throw new AppError('not-found');
  return offer;
}
