import type { Db } from '../../db/database';

export interface MarkNotificationsReadInput {
  userId: string;
  id?: number;
  now: Date;
}

/** Marks one notification (or, without an id, all of them) as read. */
export async function markNotificationsRead(db: Db, input: MarkNotificationsReadInput): Promise<void> {
  let query = db
    .updateTable('notifications')
    .set({ read_at: input.now })
    .where('user_id', '=', input.userId)
    .where('read_at', 'is', null);
  if (input.id) query = query.where('id', '=', input.id);
  await query.execute();
}
