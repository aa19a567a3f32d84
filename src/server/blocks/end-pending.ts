// What a block ends between the two members (domain/blocks/blocks.ts says how): each
// pending application, offer and open quote is answered as the blocker would have
// answered it, and the other side reads the usual notice — nothing says "blocked".
// Runs under the pair lock (exclusive), so nothing new between them appears meanwhile.
import { applicationAfterBlock, offerAfterBlock } from '../../domain/blocks/blocks';
import type { Db } from '../db/database';
import type { Deps } from '../deps';
import { notify } from '../notifications/notify';

export async function endPendingBetween(trx: Db, deps: Deps, blockerId: string, otherId: string, now: Date): Promise<void> {
  await endApplications(trx, deps, blockerId, otherId, now);
  await endOffers(trx, deps, blockerId, otherId, now);
  await endQuotes(trx, deps, blockerId, otherId, now);
}

async function endApplications(trx: Db, deps: Deps, blockerId: string, otherId: string, now: Date): Promise<void> {
  const pending = await trx
    .selectFrom('applications as a')
    .innerJoin('jobs as j', 'j.id', 'a.job_id')
    .select(['a.id', 'a.worker_id', 'j.client_id', 'j.title'])
    .where('a.status', '=', 'pending')
    .where((eb) =>
      eb.or([
        eb.and([eb('a.worker_id', '=', otherId), eb('j.client_id', '=', blockerId)]),
        eb.and([eb('a.worker_id', '=', blockerId), eb('j.client_id', '=', otherId)]),
      ]),
    )
    .execute();
  for (const a of pending) {
    const status = applicationAfterBlock(a.client_id === blockerId);
    const done = await trx
      .updateTable('applications')
      .set({ status, decided_at: now, updated_at: now })
      .where('id', '=', a.id)
      .where('status', '=', 'pending')
      .returning('id')
      .executeTakeFirst();
    if (!done) continue;
    await notify(
      trx,
      deps.config.publicUrl,
      status === 'declined'
        ? {
            userId: a.worker_id,
            kind: 'application.declined',
            params: { jobTitle: a.title, reason: null },
            link: `/applications/${a.id}`,
          }
        : { userId: a.client_id, kind: 'application.withdrawn', params: { jobTitle: a.title }, link: `/applications/${a.id}` },
      now,
    );
  }
}

async function endOffers(trx: Db, deps: Deps, blockerId: string, otherId: string, now: Date): Promise<void> {
  const pending = await trx
    .selectFrom('offers as o')
    .innerJoin('jobs as j', 'j.id', 'o.job_id')
    .select(['o.id', 'o.worker_id', 'o.client_id', 'j.title'])
    .where('o.status', '=', 'pending')
    .where((eb) =>
      eb.or([
        eb.and([eb('o.worker_id', '=', otherId), eb('o.client_id', '=', blockerId)]),
        eb.and([eb('o.worker_id', '=', blockerId), eb('o.client_id', '=', otherId)]),
      ]),
    )
    .execute();
  for (const o of pending) {
    const status = offerAfterBlock(o.client_id === blockerId);
    const done = await trx
      .updateTable('offers')
      .set({ status, decline_reason: null, decided_at: now, updated_at: now })
      .where('id', '=', o.id)
      .where('status', '=', 'pending')
      .returning('id')
      .executeTakeFirst();
    if (!done) continue;
    await notify(
      trx,
      deps.config.publicUrl,
      status === 'cancelled'
        ? { userId: o.worker_id, kind: 'offer.cancelled', params: { offerTitle: o.title }, link: `/offers/${o.id}` }
        : { userId: o.client_id, kind: 'offer.declined', params: { offerTitle: o.title, reason: null }, link: `/offers/${o.id}` },
      now,
    );
  }
}

/** Open quotes the blocker sent are withdrawn; quotes sent to the blocker end by themselves (and cannot be bought). */
async function endQuotes(trx: Db, deps: Deps, blockerId: string, otherId: string, now: Date): Promise<void> {
  const withdrawn = await trx
    .updateTable('service_quotes')
    .set({ status: 'withdrawn', ended_at: now })
    .where('seller_id', '=', blockerId)
    .where('buyer_id', '=', otherId)
    .where('status', '=', 'open')
    .returning(['id', 'inquiry_id', 'service_id', 'price'])
    .execute();
  for (const q of withdrawn) {
    const service = await trx.selectFrom('services').select('title').where('id', '=', q.service_id).executeTakeFirstOrThrow();
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: otherId,
        kind: 'quote.withdrawn',
        params: { title: service.title, price: q.price },
        link: `/inquiries/${q.inquiry_id}`,
      },
      now,
    );
  }
}
