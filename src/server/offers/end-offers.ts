import type { Db } from '../db/database';
import type { Deps } from '../deps';
import { notify } from '../notifications/notify';

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
        ...(workerLeaves
          ? { kind: 'offer.declined' as const, params: { offerTitle: o.title, reason: null, withdrawn: true } }
          : { kind: 'offer.cancelled' as const, params: { offerTitle: o.title, withdrawn: true } }),
        link: `/offers/${o.id}`,
      },
      now,
    );
  }
}
