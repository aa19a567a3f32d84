// The money side of a task or competition posting, for its page: what it escrows (or
// will, for a draft), the deposit (its owner only), the slots left and judging deadline
// of a task, the selection deadline and outcome of a competition.
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { WorkState } from '../../../shared/api/work';
import type { JobEscrowsTable } from '../../db/schema';
import type { Deps } from '../../deps';
import { plannedEscrow, unitOf, type WorkJob } from '../../jobs/escrow';
import { taskCounts } from '../../jobs/escrow-close';

type State = z.infer<typeof WorkState>;

type EscrowRow = Selectable<JobEscrowsTable>;

export async function getWorkState(deps: Deps, job: WorkJob, viewerId: string | null): Promise<State | null> {
  if (job.kind === 'project') return null;
  const db = deps.db;
  const escrow = await db.selectFrom('job_escrows').selectAll().where('job_id', '=', job.id).executeTakeFirst();
  const live = escrow && escrow.status !== 'cancelled' ? escrow : null;
  const unit = live ? { units: live.units, money: unitOf(live) } : plannedEscrow(deps, job);
  const m = unit.money;
  const isOwner = viewerId === job.client_id;
  const deposit = isOwner && live ? await depositOf(deps, job.id) : null;
  const state: State = {
    escrowStatus: escrow?.status ?? 'none',
    money: {
      units: unit.units,
      unitPrice: m.gross,
      unitTax: m.tax,
      clientFee: m.clientFee,
      clientFeeTax: m.clientFeeTax,
      unitEscrow: m.escrow,
      workerFee: m.workerFee,
      workerFeeTax: m.workerFeeTax,
      workerNet: m.workerNet,
      total: unit.units * m.escrow,
    },
    deposit,
    task: null,
    competition: null,
  };
  if (job.kind === 'task') {
    const c = await taskCounts(db, job.id);
    state.task = {
      ...c,
      slotsLeft: live?.status === 'funded' ? Math.max(0, unit.units - c.pending - c.approved) : 0,
      judgeBy: live?.judge_by?.toISOString() ?? null,
      autoApproveDays: deps.config.taskAutoApproveDays,
      rejectLimitPercent: deps.config.taskRejectLimit / 10_000,
    };
  } else {
    state.competition = await competitionState(deps, job, escrow, live);
  }
  return state;
}

/** The posting's latest live deposit, shown to its owner (with the bank details while a transfer is awaited). */
async function depositOf(deps: Deps, jobId: string): Promise<State['deposit']> {
  const deposit = await deps.db
    .selectFrom('deposits')
    .select(['id', 'method', 'reference', 'amount', 'status', 'created_at'])
    .where('job_id', '=', jobId)
    .where('status', '!=', 'cancelled')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return deposit
    ? {
        id: deposit.id,
        method: deposit.method,
        reference: deposit.reference,
        amount: deposit.amount,
        status: deposit.status,
        createdAt: deposit.created_at.toISOString(),
        instructions: deposit.status === 'pending' && deposit.method === 'bank_transfer' ? deps.config.bankTransferAccount : null,
      }
    : null;
}

/** A competition's entries so far, its selection deadline and its outcome (the winner named unless they left). */
async function competitionState(
  deps: Deps,
  job: WorkJob,
  escrow: EscrowRow | undefined,
  live: EscrowRow | null,
): Promise<State['competition']> {
  const db = deps.db;
  const entries = await db
    .selectFrom('competition_entries')
    .select([(eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.count<number>('worker_id').distinct().as('w')])
    .where('job_id', '=', job.id)
    .where('status', '=', 'submitted')
    .executeTakeFirstOrThrow();
  const winner = escrow?.winner_entry_id
    ? await db
        .selectFrom('competition_entries as e')
        .innerJoin('users as u', 'u.id', 'e.worker_id')
        .select(['e.title', 'u.username', 'u.display_name', 'u.status'])
        .where('e.id', '=', escrow.winner_entry_id)
        .executeTakeFirst()
    : undefined;
  return {
    entries: Number(entries.n),
    entrants: Number(entries.w),
    allowNoWinner: live ? live.allow_no_winner : job.allow_no_winner,
    selectionDays: deps.config.competitionSelectionDays,
    selectionDueAt: live?.selection_due_at?.toISOString() ?? null,
    outcome: escrow?.outcome ?? null,
    winnerEntryId: escrow?.winner_entry_id ?? null,
    winner: winner
      ? {
          title: winner.title,
          username: winner.status === 'withdrawn' ? null : winner.username,
          displayName: winner.status === 'withdrawn' ? null : winner.display_name,
        }
      : null,
    noWinnerReason: escrow?.no_winner_reason ?? null,
  };
}
