// What every contract use case shares: locking the contract, knowing who the actor is,
// compare-and-set transitions that write the timeline, and the money of a milestone.
import { type Expression, type ExpressionBuilder, type OperationNodeSource, type SqlBool, sql } from 'kysely';
import {
  CONTRACT_TRANSITIONS,
  type ContractAction,
  MILESTONE_TRANSITIONS,
  type MilestoneAction,
} from '../../domain/contracts/process';
import { AppError } from '../../domain/errors';
import { type MilestoneMoney, splitMilestone } from '../../domain/money/fees';
import { type Actor, checkTransition } from '../../domain/process/transitions';
import type { Db } from '../db/database';
import type { ActorRole, ContractStatus, DB, MilestoneStatus, PartyRole } from '../db/schema';
import type { Deps } from '../deps';

/**
 * Test-only switch: the race tests turn the contract row lock and the compare-and-set
 * off to prove they can detect a double acceptance. The ledger's unique business key
 * still stops a second posting even then.
 */
export const contractGuards = { enabled: true };

export interface LockedContract {
  id: string;
  job_id: string;
  client_id: string;
  worker_id: string;
  title: string;
  status: ContractStatus;
  withholding: boolean;
  terms_version: number;
  ended_at: Date | null;
}

/**
 * Takes the contract row FOR UPDATE: every action on a contract or its milestones runs
 * one at a time, so "accept" racing "request revision", or two milestones finishing at
 * once, always see each other's result.
 */
export async function lockContract(trx: Db, contractId: string): Promise<LockedContract | undefined> {
  const query = trx
    .selectFrom('contracts')
    .select(['id', 'job_id', 'client_id', 'worker_id', 'title', 'status', 'withholding', 'terms_version', 'ended_at'])
    .where('id', '=', contractId);
  return (contractGuards.enabled ? query.forUpdate() : query).executeTakeFirst();
}

/** The actor's side of the contract; anyone else is told it does not exist. */
export function partyRole(contract: LockedContract | undefined, userId: string): PartyRole {
  if (contract?.client_id === userId) return 'client';
  if (contract?.worker_id === userId) return 'worker';
  throw new AppError('not-found');
}

/** Locks the contract of a milestone, then reads the milestone (after the lock, so fresh). */
export async function lockMilestone(trx: Db, milestoneId: string) {
  const query = trx
    .selectFrom('contracts')
    .select(['id', 'job_id', 'client_id', 'worker_id', 'title', 'status', 'withholding', 'terms_version', 'ended_at'])
    .where('id', '=', (eb) => eb.selectFrom('milestones').select('contract_id').where('id', '=', milestoneId));
  const contract = await (contractGuards.enabled ? query.forUpdate() : query).executeTakeFirst();
  if (!contract) throw new AppError('not-found');
  const milestone = await trx.selectFrom('milestones').selectAll().where('id', '=', milestoneId).executeTakeFirstOrThrow();
  return { contract, milestone };
}

export function refuseWhenFrozen(contract: LockedContract): void {
  if (contract.status === 'disputed') throw new AppError('contract-frozen');
}

export async function recordEvent(
  trx: Db,
  event: {
    contractId: string;
    milestoneId?: string | null;
    action: string;
    actorRole: ActorRole;
    actorId?: string | null;
    detail?: Record<string, unknown>;
  },
  now: Date,
): Promise<void> {
  await trx
    .insertInto('contract_events')
    .values({
      contract_id: event.contractId,
      milestone_id: event.milestoneId ?? null,
      action: event.action,
      actor_role: event.actorRole,
      actor_id: event.actorId ?? null,
      detail: JSON.stringify(event.detail ?? {}),
      created_at: now,
    })
    .execute();
}

type EventInput = Parameters<typeof recordEvent>[1];

/**
 * A compare-and-set and its timeline row in one statement: the event is written only if
 * the change matched a row. Returns whether it did.
 */
async function changeWithEvent(
  trx: Db,
  change: OperationNodeSource,
  event: EventInput | EventInput[],
  now: Date,
): Promise<boolean> {
  const events = (Array.isArray(event) ? event : [event]).map(
    (e, i) =>
      sql`(${i}::int, ${e.contractId}::uuid, ${e.milestoneId ?? null}::uuid, ${e.action}, ${e.actorRole}, ${e.actorId ?? null}::uuid, ${JSON.stringify(e.detail ?? {})}::jsonb)`,
  );
  const result = await sql<{ id: number }>`
    with changed as (${change})
    insert into contract_events (contract_id, milestone_id, action, actor_role, actor_id, detail, created_at)
    select e.contract_id, e.milestone_id, e.action, e.actor_role, e.actor_id, e.detail, ${now}
    from changed cross join (values ${sql.join(events)}) as e (i, contract_id, milestone_id, action, actor_role, actor_id, detail)
    order by e.i
    returning id`.execute(trx);
  return result.rows.length > 0;
}

type MilestoneChanges = Partial<{
  delivered_at: Date | null;
  auto_accept_at: Date | null;
  delivery_message_id: number | null;
  funded_at: Date;
  accepted_at: Date;
  paid_at: Date;
  closed_at: Date;
}> & { delivery_count?: number };

/**
 * One milestone transition as a compare-and-set on its status, with its timeline row.
 * Throws `milestone-transition-invalid` when the table refuses it or another request
 * changed the milestone first.
 */
export async function moveMilestone(
  trx: Db,
  input: {
    contractId: string;
    milestone: { id: string; status: MilestoneStatus };
    action: MilestoneAction;
    actor: Actor;
    actorId?: string | null;
    set?: MilestoneChanges;
    detail?: Record<string, unknown>;
    /** A second transition taken at once from the first one's result (accept, then pay). */
    andThen?: { action: MilestoneAction; actor: Actor; detail?: Record<string, unknown> };
  },
  now: Date,
): Promise<MilestoneStatus> {
  const step = checkTransition(MILESTONE_TRANSITIONS, input.action, input.milestone.status, input.actor);
  if (!step.ok) throw new AppError(step.reason === 'not-allowed' ? 'forbidden' : 'milestone-transition-invalid');
  const next = input.andThen ? checkTransition(MILESTONE_TRANSITIONS, input.andThen.action, step.to, input.andThen.actor) : null;
  if (next && !next.ok) throw new AppError('milestone-transition-invalid');
  const to = next?.ok ? next.to : step.to;
  let update = trx
    .updateTable('milestones')
    .set({ status: to, updated_at: now, ...input.set })
    .where('id', '=', input.milestone.id);
  if (contractGuards.enabled) update = update.where('status', '=', step.from);
  const event = (action: MilestoneAction, actor: Actor, actorId: string | null, detail: Record<string, unknown> | undefined) => ({
    contractId: input.contractId,
    milestoneId: input.milestone.id,
    action: `milestone.${action}`,
    actorRole: actor,
    actorId,
    detail: detail ?? {},
  });
  const events = [event(input.action, input.actor, input.actorId ?? null, input.detail)];
  if (input.andThen) events.push(event(input.andThen.action, input.andThen.actor, null, input.andThen.detail));
  const moved = await changeWithEvent(trx, update.returning('id'), events, now);
  if (!moved) throw new AppError('milestone-transition-invalid');
  return to;
}

/** A contract transition as a compare-and-set, with its timeline row. */
export async function moveContract(
  trx: Db,
  input: {
    contract: { id: string; status: ContractStatus };
    action: ContractAction;
    actor: Actor;
    actorId?: string | null;
    detail?: Record<string, unknown>;
    /** A further condition on the contract row for the change to happen. */
    onlyIf?: (eb: ExpressionBuilder<DB, 'contracts'>) => Expression<SqlBool>;
  },
  now: Date,
): Promise<ContractStatus> {
  const step = checkTransition(CONTRACT_TRANSITIONS, input.action, input.contract.status, input.actor);
  if (!step.ok) throw new AppError(step.reason === 'not-allowed' ? 'forbidden' : 'contract-transition-invalid');
  const ends = step.to === 'completed' || step.to === 'terminated';
  let update = trx
    .updateTable('contracts')
    .set({
      status: step.to,
      updated_at: now,
      ...(step.to === 'in_progress' ? { started_at: now } : {}),
      ...(ends ? { ended_at: now, pending_terms: null } : {}),
    })
    .where('id', '=', input.contract.id);
  if (contractGuards.enabled) update = update.where('status', '=', step.from);
  if (input.onlyIf) update = update.where(input.onlyIf);
  const moved = await changeWithEvent(
    trx,
    update.returning('id'),
    {
      contractId: input.contract.id,
      action: `contract.${input.action}`,
      actorRole: input.actor,
      actorId: input.actorId ?? null,
      detail: input.detail ?? {},
    },
    now,
  );
  if (!moved) throw new AppError('contract-transition-invalid');
  return step.to;
}

/** The money columns of a milestone of `amount` yen before tax. */
export function moneyColumns(money: MilestoneMoney) {
  return {
    amount: money.amount,
    tax: money.tax,
    client_fee: money.clientFee,
    client_fee_tax: money.clientFeeTax,
    worker_fee: money.workerFee,
    worker_fee_tax: money.workerFeeTax,
    withholding: money.withholding,
    worker_net: money.workerNet,
    escrow: money.escrow,
  };
}

export function splitFor(deps: Deps, amount: number, withholding: boolean): MilestoneMoney {
  return splitMilestone(amount, { withholding, fees: deps.config.fees });
}

/** The stored money of a milestone row, as the domain's shape. */
export function moneyOf(m: {
  amount: number;
  tax: number;
  client_fee: number;
  client_fee_tax: number;
  worker_fee: number;
  worker_fee_tax: number;
  withholding: number;
  worker_net: number;
  escrow: number;
}): MilestoneMoney {
  return {
    amount: m.amount,
    tax: m.tax,
    escrow: m.escrow,
    clientFee: m.client_fee,
    clientFeeTax: m.client_fee_tax,
    workerFee: m.worker_fee,
    workerFeeTax: m.worker_fee_tax,
    withholding: m.withholding,
    workerNet: m.worker_net,
  };
}
