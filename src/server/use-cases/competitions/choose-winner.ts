// How a competition (コンペ形式) ends, once its entries have closed:
//   - the client chooses a winner before the selection deadline: the prize goes to them;
//   - where the competition was published allowing it, the client closes it without a
//     winner, with a reason: the prize is refunded, the client fee is kept;
//   - nobody chose by the deadline (the `competition.selection_due` timer): the prize is
//     shared equally by everyone who entered, so nobody's work was taken for nothing.
// Each path ends the escrow with one compare-and-set and one ledger key, so only one of
// them can ever happen.

import { AppError } from '../../../domain/errors';
import { entrantsOf, lockSelecting } from '../../competitions/selection';
import { lockActiveAccount } from '../../db/account-lock';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { unitOf } from '../../jobs/escrow';
import { settleCompetition } from '../../jobs/escrow-close';
import { notifyMany } from '../../notifications/notify';

export interface ChooseWinnerInput {
  clientId: string;
  jobId: string;
  entryId: string;
}

export async function chooseWinner(deps: Deps, input: ChooseWinnerInput): Promise<void> {
  const now = deps.clock();
  await inTransaction(deps.db, async (trx) => {
    const { job, escrow } = await lockSelecting(trx, input.clientId, input.jobId, now);
    const entry = await trx
      .selectFrom('competition_entries')
      .select(['id', 'worker_id', 'title'])
      .where('id', '=', input.entryId)
      .where('job_id', '=', job.id)
      .where('status', '=', 'submitted')
      .executeTakeFirst();
    if (!entry) throw new AppError('entry-not-eligible');
    // The prize lands in the winner's earnings: they must still be a member.
    try {
      await lockActiveAccount(trx, entry.worker_id);
    } catch (error) {
      if (error instanceof AppError) throw new AppError('entry-not-eligible');
      throw error;
    }
    const money = unitOf(escrow);
    await settleCompetition(
      trx,
      job,
      escrow,
      { kind: 'winner', workerId: entry.worker_id, money },
      { winnerEntryId: entry.id },
      now,
    );
    const others = (await entrantsOf(trx, job.id)).filter((e) => e.workerId !== entry.worker_id);
    await notifyMany(
      trx,
      deps.config.publicUrl,
      [
        {
          userId: entry.worker_id,
          kind: 'competition.won',
          params: { jobTitle: job.title, entryTitle: entry.title, net: money.workerNet },
          link: `/jobs/${job.id}/entries`,
        },
        ...others.map((o) => ({
          userId: o.workerId,
          kind: 'competition.result' as const,
          params: { jobTitle: job.title, outcome: 'chosen' as const },
          link: `/jobs/${job.id}/entries`,
          mail: false,
        })),
      ],
      now,
    );
  });
}
