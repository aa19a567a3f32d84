// What a block ends between the two members (domain/blocks/blocks.ts says how): each
// pending application, offer and open quote is answered as the blocker would have
// answered it, and the other side reads the usual notice — nothing says "blocked".
// Runs under the pair lock (exclusive), so nothing new between them appears meanwhile.
import { sql } from 'kysely';
import { applicationAfterBlock, offerAfterBlock } from '../../domain/blocks/blocks';
import type { Db } from '../db/database';
import type { Deps } from '../deps';
import { type NoticeInput, notify } from '../notifications/notify';

export async function endPendingBetween(trx: Db, deps: Deps, blockerId: string, otherId: string, now: Date): Promise<void> {
  for (const table of ['applications', 'offers'] as const) {
    for (const row of await pendingBetween(trx, table, blockerId, otherId)) {
      const { status, notice } = ENDINGS[table](row, row.client_id === blockerId);
      // Answered meanwhile by its own party: left as it is, nobody told twice.
      if (await answer(trx, table, row.id, status, now)) await notify(trx, deps.config.publicUrl, notice, now);
    }
  }
  await endQuotes(trx, deps, blockerId, otherId, now);
}

/** A pending application or offer between the two, with its posting's title. */
interface Pending {
  id: string;
  worker_id: string;
  client_id: string;
  title: string;
}

/** How the blocker would have answered a pending application or offer, and what the other side reads. */
const ENDINGS: Record<
  'applications' | 'offers',
  (p: Pending, blockerIsClient: boolean) => { status: string; notice: NoticeInput }
> = {
  applications: (a, blockerIsClient) => {
    const status = applicationAfterBlock(blockerIsClient);
    const link = `/applications/${a.id}`;
    return {
      status,
      notice:
        status === 'declined'
          ? { userId: a.worker_id, kind: 'application.declined', params: { jobTitle: a.title, reason: null }, link }
          : { userId: a.client_id, kind: 'application.withdrawn', params: { jobTitle: a.title }, link },
    };
  },
  offers: (o, blockerIsClient) => {
    const status = offerAfterBlock(blockerIsClient);
    const link = `/offers/${o.id}`;
    return {
      status,
      notice:
        status === 'cancelled'
          ? { userId: o.worker_id, kind: 'offer.cancelled', params: { offerTitle: o.title }, link }
          : { userId: o.client_id, kind: 'offer.declined', params: { offerTitle: o.title, reason: null }, link },
    };
  },
};

/** The pending rows of `table` where one of the two is the worker and the other the client. */
async function pendingBetween(trx: Db, table: 'applications' | 'offers', a: string, b: string): Promise<Pending[]> {
  // An application's client is its posting's; an offer names its client itself.
  const client = table === 'applications' ? sql.ref('j.client_id') : sql.ref('p.client_id');
  const { rows } = await sql<Pending>`
    select p.id, p.worker_id, ${client} as client_id, j.title
    from ${sql.table(table)} p join jobs j on j.id = p.job_id
    where p.status = 'pending'
      and ((p.worker_id = ${a} and ${client} = ${b}) or (p.worker_id = ${b} and ${client} = ${a}))`.execute(trx);
  return rows;
}

/** The answer by compare-and-set from pending: whether this transaction gave it. */
async function answer(trx: Db, table: 'applications' | 'offers', id: string, status: string, now: Date): Promise<boolean> {
  const { rows } = await sql`
    update ${sql.table(table)} set status = ${status}, decided_at = ${now}, updated_at = ${now}
    where id = ${id} and status = 'pending' returning id`.execute(trx);
  return rows.length > 0;
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
