import { AppError } from '../../../domain/errors';
import type { Deps } from '../../deps';
import { presentStaffPayout, staffPayoutQuery } from '../../payouts/payout-rows';

export async function getBatch(deps: Deps, batchId: string) {
  const batch = await deps.db.selectFrom('payout_batches').selectAll().where('id', '=', batchId).executeTakeFirst();
  if (!batch) throw new AppError('not-found');
  const rows = await staffPayoutQuery(deps.db).where('p.batch_id', '=', batchId).orderBy('p.number').execute();
  const items = rows.map((r) => presentStaffPayout(r));
  return {
    id: batch.id,
    paymentDate: batch.payment_date,
    count: items.length,
    total: items.reduce((s, i) => s + i.net, 0),
    createdAt: batch.created_at.toISOString(),
    open: items.filter((i) => i.status === 'batched').length,
    items,
  };
}
