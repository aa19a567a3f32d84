import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { revealIn } from '../../reviews/reveal';

/** The `contract.reviews_reveal` task: the review period is over. Idempotent. */
export async function revealReviews(deps: Deps, contractId: string, now: Date): Promise<void> {
  await inTransaction(deps.db, async (trx) => {
    const c = await trx.selectFrom('contracts').select(['ended_at']).where('id', '=', contractId).executeTakeFirst();
    if (!c?.ended_at) return;
    if (now.getTime() < c.ended_at.getTime() + deps.config.reviewRevealDays * 86_400_000) return;
    await revealIn(trx, deps, contractId, now);
  });
}
