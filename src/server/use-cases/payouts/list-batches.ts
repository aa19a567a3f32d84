import type { Deps } from '../../deps';

/** Every batch with its count, total and open transfers, in one query. */
export async function listBatches(deps: Deps) {
  const rows = await deps.db
    .selectFrom('payout_batches as b')
    .leftJoin('payout_requests as p', 'p.batch_id', 'b.id')
    .select((eb) => [
      'b.id',
      'b.payment_date',
      'b.created_at',
      eb.fn.count<number>('p.id').as('count'),
      eb.fn.coalesce(eb.fn.sum<number>('p.net'), eb.val(0)).as('total'),
      eb.fn.count<number>('p.id').filterWhere('p.status', '=', 'batched').as('open'),
    ])
    .groupBy(['b.id', 'b.payment_date', 'b.created_at'])
    .orderBy('b.created_at', 'desc')
    .limit(100)
    .execute();
  return rows.map((b) => ({
    id: b.id,
    paymentDate: b.payment_date,
    count: Number(b.count),
    total: Number(b.total),
    createdAt: b.created_at.toISOString(),
    open: Number(b.open),
  }));
}
