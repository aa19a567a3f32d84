import { AppError } from '../../../domain/errors';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { lockWorkJob } from '../../jobs/escrow';

export interface WithdrawEntryInput {
  workerId: string;
  entryId: string;
}

/**
 * A worker withdraws an entry while the competition is open or still choosing (the
 * result not decided): under the posting lock, so it cannot cross the choice of a winner.
 */
export async function withdrawEntry(deps: Deps, input: WithdrawEntryInput): Promise<void> {
  const now = deps.clock();
  await inTransaction(deps.db, async (trx) => {
    const entry = await trx
      .selectFrom('competition_entries')
      .select(['id', 'worker_id', 'job_id'])
      .where('id', '=', input.entryId)
      .executeTakeFirst();
    if (!entry || entry.worker_id !== input.workerId) throw new AppError('not-found');
    const { escrow } = await lockWorkJob(trx, entry.job_id);
    if (escrow?.status !== 'funded') throw new AppError('entry-transition-invalid');
    const result = await trx
      .updateTable('competition_entries')
      .set({ status: 'withdrawn', updated_at: now })
      .where('id', '=', entry.id)
      .where('status', '=', 'submitted')
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw new AppError('entry-transition-invalid');
  });
}
