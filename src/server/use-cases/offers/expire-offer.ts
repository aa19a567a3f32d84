import type { Deps } from '../../deps';
import { notify } from '../../notifications/notify';

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
        params: { jobTitle: job.title },
        link: `/offers/${offerId}`,
      },
      now,
    );
  });
}
