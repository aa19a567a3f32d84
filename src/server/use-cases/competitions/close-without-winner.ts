import { AppError } from '../../../domain/errors';
import { entrantsOf, lockSelecting } from '../../competitions/selection';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { unitOf } from '../../jobs/escrow';
import { settleCompetition } from '../../jobs/escrow-close';
import { notifyMany } from '../../notifications/notify';

export interface CloseWithoutWinnerInput {
  clientId: string;
  jobId: string;
  reason: string;
}

export async function closeWithoutWinner(deps: Deps, input: CloseWithoutWinnerInput): Promise<void> {
  const now = deps.clock();
  await inTransaction(deps.db, async (trx) => {
    const { job, escrow } = await lockSelecting(trx, input.clientId, input.jobId, now);
    if (!escrow.allow_no_winner) throw new AppError('competition-no-winner-not-allowed');
    const money = unitOf(escrow);
    await settleCompetition(trx, job, escrow, { kind: 'no_winner', money }, { reason: input.reason }, now);
    const entrants = await entrantsOf(trx, job.id);
    await notifyMany(
      trx,
      deps.config.publicUrl,
      [
        {
          userId: job.client_id,
          kind: 'competition.no_winner',
          params: { jobTitle: job.title, prize: money.gross, fee: money.clientFee + money.clientFeeTax },
          link: `/jobs/${job.id}/entries`,
        },
        ...entrants.map((e) => ({
          userId: e.workerId,
          kind: 'competition.result' as const,
          params: { jobTitle: job.title, outcome: 'no_winner' as const, reason: input.reason },
          link: `/jobs/${job.id}/entries`,
          mail: false,
        })),
      ],
      now,
    );
  });
}
