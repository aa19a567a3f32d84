import { ENTRY_TRANSITIONS } from '../../../domain/competitions/process';
import { AppError } from '../../../domain/errors';
import { escrowOpen } from '../../../domain/jobs/escrow-process';
import { inTransaction } from '../../db/transaction';
import { applyTransition } from '../../db/transition';
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
      .select(['id', 'worker_id', 'job_id', 'status'])
      .where('id', '=', input.entryId)
      .executeTakeFirst();
    if (!entry || entry.worker_id !== input.workerId) throw new AppError('not-found');
    const { escrow } = await lockWorkJob(trx, entry.job_id);
    if (!escrowOpen(escrow?.status)) throw new AppError('entry-transition-invalid');
    await applyTransition(trx, {
      table: 'competition_entries',
      id: entry.id,
      machine: ENTRY_TRANSITIONS,
      action: 'withdraw',
      actor: 'worker',
      current: entry.status,
      refusals: { notAllowed: 'forbidden', wrongState: 'entry-transition-invalid' },
      set: { updated_at: now },
    });
  });
}
