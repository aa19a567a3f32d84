// Threads and messages between the parties of an application (later offers and
// contracts). Only members see a thread; everyone else gets "not found".

import type { Db } from '../../db/database';
import { type ThreadRow, threadsOf } from '../../threads/thread-rows';

export async function listThreads(db: Db, userId: string): Promise<ThreadRow[]> {
  const rows = await threadsOf(db, userId)
    .orderBy('t.last_message_at', (ob) => ob.desc().nullsLast())
    .limit(200)
    .execute();
  return rows.map((r) => ({ ...r, unread: Number(r.unread ?? 0) })) as ThreadRow[];
}
