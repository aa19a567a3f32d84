// Removing reported content (moderation): a posting is closed by staff, a service hidden
// by staff (the seller cannot publish it again), a message shown as removed, a review
// hidden. The report keeps its snapshot, so the evidence stays.
import type { ReportTargetKind } from '../../domain/moderation/reports';
import type { Db } from '../db/database';
import { cancelJobDeadline } from '../jobs/timers';

export async function removeContent(
  trx: Db,
  kind: Exclude<ReportTargetKind, 'member'>,
  id: string,
  staffId: string,
  now: Date,
): Promise<void> {
  if (kind === 'job') {
    await trx
      .updateTable('jobs')
      .set({ status: 'closed', closed_reason: 'staff', closed_at: now, updated_at: now })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .execute();
    await trx
      .updateTable('jobs')
      .set({ closed_reason: 'staff', updated_at: now })
      .where('id', '=', id)
      .where('status', '=', 'closed')
      .execute();
    await cancelJobDeadline(trx, id, now);
  } else if (kind === 'service') {
    await trx
      .updateTable('services')
      .set({ status: 'hidden', hidden_reason: 'staff', updated_at: now })
      .where('id', '=', id)
      .where('status', '!=', 'draft')
      .execute();
  } else if (kind === 'message') {
    await trx
      .updateTable('messages')
      .set({ removed_at: now, removed_by: staffId })
      .where('id', '=', Number(id))
      .where('removed_at', 'is', null)
      .execute();
  } else {
    await trx
      .updateTable('reviews')
      .set({ hidden_at: now, hidden_by: staffId })
      .where('id', '=', id)
      .where('hidden_at', 'is', null)
      .execute();
  }
}
