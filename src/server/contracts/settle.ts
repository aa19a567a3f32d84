// Ending a contract early with a settlement both sides agreed to, or staff decided: each
// escrowed milestone is split (worker's part paid with its fees, the rest refunded) in
// one ledger transaction per milestone, never-funded milestones are cancelled, deposits
// still waiting are cancelled, and the contract is terminated.
import type { Selectable } from 'kysely';
import { MILESTONE_TRANSITIONS } from '../../domain/contracts/process';
import { planSettlement, type SettlementLine } from '../../domain/contracts/settlement';
import { DEPOSIT_TRANSITIONS } from '../../domain/deposits/process';
import { AppError } from '../../domain/errors';
import { settleEscrow } from '../../domain/ledger/recipes';
import { type Actor, canTransition } from '../../domain/process/transitions';
import type { Db } from '../db/database';
import { postTransaction } from '../db/repositories/ledger';
import type { MilestonesTable, Settlement } from '../db/schema';
import { Statement } from '../db/statement';
import { addTransition } from '../db/transition';
import type { Deps } from '../deps';
import { notifyMany } from '../notifications/notify';
import { type LockedContract, moveContract, moveMilestone, recordEvent } from './core';
import { afterContractEnded } from './lifecycle';
import { cancelAcceptTimers } from './release';

/** Validates a settlement against the contract's milestones; field errors point into the request. */
export function checkSettlement(
  deps: Deps,
  contract: LockedContract,
  milestones: Selectable<MilestonesTable>[],
  settlement: Settlement,
  pointer = '/settlement',
): SettlementLine[] {
  const plan = planSettlement(milestones, settlement, {
    withholding: contract.withholding,
    fees: deps.config.fees,
    serviceOrder: contract.service_order_id !== null,
  });
  if (plan.ok) return plan.lines;
  const p = plan.problem;
  const index = settlement.findIndex((l) => l.milestoneId === p.milestoneId);
  const at =
    index >= 0 ? `${pointer}/${index}/${p.code === 'settlement-amount-invalid' ? 'workerAmount' : 'milestoneId'}` : pointer;
  throw AppError.field(at, p.code, p.code === 'settlement-amount-invalid' ? { max: p.max } : undefined);
}

export async function executeSettlement(
  trx: Db,
  deps: Deps,
  input: {
    contract: LockedContract;
    milestones: Selectable<MilestonesTable>[];
    lines: SettlementLine[];
    actor: Actor;
    actorId: string | null;
    /** 'terminate' after an agreement, 'settle' when staff decide a dispute. */
    action: 'terminate' | 'settle';
  },
  now: Date,
): Promise<void> {
  const { contract } = input;
  for (const line of input.lines) {
    const milestone = input.milestones.find((m) => m.id === line.milestoneId);
    if (!milestone) continue;
    await moveMilestone(
      trx,
      {
        contractId: contract.id,
        milestone,
        action: line.part ? 'settle' : 'refund',
        actor: input.actor === 'staff' ? 'staff' : 'system',
        actorId: input.actorId,
        set: { closed_at: now, auto_accept_at: null },
        detail: { workerAmount: line.workerAmount, workerNet: line.part?.workerNet ?? 0, refund: line.refund },
      },
      now,
    );
    await postTransaction(
      trx,
      settleEscrow(milestone.id, contract.worker_id, line.escrow, line.part),
      {
        kind: 'escrow_settle',
        contractId: contract.id,
        milestoneId: milestone.id,
      },
      now,
    );
    await cancelAcceptTimers(trx, milestone.id, now);
  }
  const actor = input.actor === 'staff' ? 'staff' : 'system';
  // Milestones never funded are cancelled.
  for (const m of input.milestones.filter((x) => canTransition(MILESTONE_TRANSITIONS, 'cancel', x.status, actor))) {
    await moveMilestone(
      trx,
      {
        contractId: contract.id,
        milestone: m,
        action: 'cancel',
        actor,
        set: { closed_at: now },
      },
      now,
    );
  }
  const cancelled = await cancelWaitingDeposits(trx, contract.id, actor, now);
  if (cancelled > 0)
    await recordEvent(
      trx,
      { contractId: contract.id, action: 'deposit.cancel', actorRole: 'system', detail: { count: cancelled } },
      now,
    );
  await moveContract(trx, { contract, action: input.action, actor: input.actor, actorId: input.actorId }, now);
  await notifyMany(trx, deps.config.publicUrl, await afterContractEnded(trx, deps, contract, 'terminated', now), now);
}

/** Cancels the contract's transfers still awaited, through the deposits' table; returns how many. */
async function cancelWaitingDeposits(trx: Db, contractId: string, actor: 'system' | 'staff', now: Date): Promise<number> {
  const statement = new Statement(trx);
  const { moved } = addTransition(statement, {
    table: 'deposits',
    key: 'contract_id',
    id: contractId,
    machine: DEPOSIT_TRANSITIONS,
    action: 'cancel',
    actor,
    // Every deposit of the contract still waiting: the one status the table cancels from.
    current: 'pending',
    set: { cancelled_at: now },
    refusals: { notAllowed: 'forbidden', wrongState: 'deposit-transition-invalid' },
  });
  return (await statement.execute()).count(moved);
}

export async function milestonesOf(trx: Db, contractId: string): Promise<Selectable<MilestonesTable>[]> {
  return trx.selectFrom('milestones').selectAll().where('contract_id', '=', contractId).orderBy('position').execute();
}

/** The settlement as stored and shown: each line with the worker's net and the client's refund. */
export function describeSettlement(lines: SettlementLine[]) {
  return lines.map((l) => ({
    milestoneId: l.milestoneId,
    workerAmount: l.workerAmount,
    workerNet: l.part?.workerNet ?? 0,
    refund: l.refund,
  }));
}
