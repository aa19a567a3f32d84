import { recordEvent } from '../contracts/core';
import type { Db } from '../db/database';
import type { Deps } from '../deps';
import { notify } from '../notifications/notify';
import { refreshServiceRating } from '../services/rating';

export async function revealIn(trx: Db, deps: Deps, contractId: string, now: Date): Promise<void> {
  const revealed = await trx
    .updateTable('contracts')
    .set({ reviews_revealed_at: now })
    .where('id', '=', contractId)
    .where('reviews_revealed_at', 'is', null)
    .returning(['client_id', 'worker_id', 'title'])
    .executeTakeFirst();
  if (!revealed) return;
  await recordEvent(trx, { contractId, action: 'reviews.reveal', actorRole: 'system' }, now);
  await refreshServiceRating(trx, contractId);
  for (const userId of [revealed.client_id, revealed.worker_id]) {
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId,
        kind: 'reviews.revealed',
        params: { title: revealed.title },
        link: `/contracts/${contractId}`,
        mail: false,
      },
      now,
    );
  }
}
