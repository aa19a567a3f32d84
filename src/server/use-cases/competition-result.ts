// How a competition (コンペ形式) ends, once its entries have closed:
//   - the client chooses a winner before the selection deadline: the prize goes to them;
//   - where the competition was published allowing it, the client closes it without a
//     winner, with a reason: the prize is refunded, the client fee is kept;
//   - nobody chose by the deadline (the `competition.selection_due` timer): the prize is
//     shared equally by everyone who entered, so nobody's work was taken for nothing.
// Each path ends the escrow with one compare-and-set and one ledger key, so only one of
// them can ever happen.
import { AppError } from '../../domain/errors';
import { sharePrize, splitPrize } from '../../domain/jobs/work-money';
import { lockActiveAccount } from '../db/account-lock';
import type { Db } from '../db/database';
import { inTransaction } from '../db/transaction';
import type { Deps } from '../deps';
import { lockWorkJob, remindBeforeDeadline, selectionTimer, settleCompetition, unitOf, yen } from '../jobs/escrow';
import { notifyMany } from '../notifications/notify';

async function lockSelecting(trx: Db, clientId: string | null, jobId: string, now: Date) {
  const { job, escrow } = await lockWorkJob(trx, jobId);
  if (clientId !== null && job.client_id !== clientId) throw new AppError('not-found');
  if (job.kind !== 'competition') throw new AppError('job-kind-not-applicable');
  if (job.status !== 'closed' || escrow?.status !== 'funded' || !escrow.selection_due_at)
    throw new AppError('competition-transition-invalid');
  if (clientId !== null && escrow.selection_due_at <= now) throw new AppError('competition-transition-invalid');
  return { job, escrow };
}

/** Everyone with an entry still standing, earliest first. */
async function entrantsOf(trx: Db, jobId: string) {
  const rows = await trx
    .selectFrom('competition_entries')
    .select(['worker_id', (eb) => eb.fn.min('created_at').as('first')])
    .where('job_id', '=', jobId)
    .where('status', '=', 'submitted')
    .groupBy('worker_id')
    .orderBy('first')
    .orderBy('worker_id')
    .execute();
  return rows.map((r) => ({ workerId: r.worker_id }));
}

export async function chooseWinner(deps: Deps, input: { clientId: string; jobId: string; entryId: string }): Promise<void> {
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
          title: `コンペ「${job.title}」であなたの作品が採用されました`,
          body: `作品「${entry.title}」が採用されました。賞金 ${yen(money.workerNet)}(手数料を差し引いた額)が報酬残高に加わりました。`,
          link: `/jobs/${job.id}/entries`,
        },
        ...others.map((o) => ({
          userId: o.workerId,
          kind: 'competition.result',
          title: `コンペ「${job.title}」の採用作品が決まりました`,
          body: 'ご応募ありがとうございました。今回は別の作品が採用されました。',
          link: `/jobs/${job.id}/entries`,
          mail: false,
        })),
      ],
      now,
    );
  });
}

export async function closeWithoutWinner(deps: Deps, input: { clientId: string; jobId: string; reason: string }): Promise<void> {
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
          title: `コンペ「${job.title}」を採用なしで終了しました`,
          body: `賞金 ${yen(money.gross)} を返金しました(システム利用料 ${yen(money.clientFee + money.clientFeeTax)} は返金されません)。`,
          link: `/jobs/${job.id}/entries`,
        },
        ...entrants.map((e) => ({
          userId: e.workerId,
          kind: 'competition.result',
          title: `コンペ「${job.title}」は採用なしで終了しました`,
          body: `依頼者からの理由: ${input.reason}`,
          link: `/jobs/${job.id}/entries`,
          mail: false,
        })),
      ],
      now,
    );
  });
}

/**
 * The `competition.selection_due` timer of the selection period: before the deadline it
 * reminds the client to choose (3 and 1 days before) and sets itself for the next step;
 * at the deadline, nobody having been chosen, the entrants share the prize.
 */
export async function settleUnchosenCompetition(deps: Deps, jobId: string, now: Date): Promise<boolean> {
  return inTransaction(deps.db, async (trx) => {
    const { job, escrow } = await lockWorkJob(trx, jobId);
    if (job.status !== 'closed' || escrow?.status !== 'funded' || !escrow.selection_due_at) return false;
    const entrants = await entrantsOf(trx, job.id);
    const due = escrow.selection_due_at;
    if (due > now) {
      await remindBeforeDeadline(
        trx,
        deps,
        {
          startedAt: escrow.closed_at ?? now,
          deadline: due,
          timer: (runAt) => selectionTimer(job.id, runAt),
          // Every entry withdrawn: nothing to choose from (the deadline refunds the prize).
          reminder: (daysLeft) =>
            entrants.length === 0
              ? null
              : {
                  userId: job.client_id,
                  kind: 'competition.select_reminder',
                  title: `コンペ「${job.title}」の選定期限まであと${daysLeft}日です`,
                  body: `${due.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' })}までに採用する作品を選んでください。期限までに選ばれなかったときは、賞金が応募者${entrants.length}名で等分されます。`,
                  link: `/jobs/${job.id}/entries`,
                },
        },
        now,
      );
      return false;
    }
    if (entrants.length === 0) {
      // Every entry was withdrawn during the selection period: everything goes back.
      await settleCompetition(trx, job, escrow, { kind: 'no_entries', escrow: escrow.total }, null, now);
      return true;
    }
    const shares = sharePrize(escrow.unit_price, entrants.length).map((gross, i) => ({
      workerId: entrants[i]?.workerId ?? '',
      money: splitPrize(gross, deps.config.fees),
    }));
    await settleCompetition(
      trx,
      job,
      escrow,
      { kind: 'shared', shares, clientFee: escrow.client_fee, clientFeeTax: escrow.client_fee_tax },
      null,
      now,
    );
    await notifyMany(
      trx,
      deps.config.publicUrl,
      [
        {
          userId: job.client_id,
          kind: 'competition.shared',
          title: `コンペ「${job.title}」の選定期限が過ぎました`,
          body: `期限までに採用作品が選ばれなかったため、公開時のルールどおり賞金を応募者${entrants.length}名で等分してお支払いしました。`,
          link: `/jobs/${job.id}/entries`,
        },
        ...shares.map((s) => ({
          userId: s.workerId,
          kind: 'competition.shared',
          title: `コンペ「${job.title}」の賞金が分配されました`,
          body: `選定期限までに採用作品が選ばれなかったため、賞金を応募者全員で等分しました。${yen(s.money.workerNet)}(手数料を差し引いた額)が報酬残高に加わりました。`,
          link: `/jobs/${job.id}/entries`,
        })),
      ],
      now,
    );
    return true;
  });
}
