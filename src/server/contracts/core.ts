// What every contract use case shares: locking the contract, knowing who the actor is,
// compare-and-set transitions that write the timeline, and the money of a milestone.
import {
  type Expression,
  type ExpressionBuilder,
  type OperationNodeSource,
  type RawBuilder,
  type Selectable,
  type SqlBool,
  sql,
} from 'kysely';
import {
  CONTRACT_TRANSITIONS,
  type ContractAction,
  MILESTONE_TRANSITIONS,
  type MilestoneAction,
} from '../../domain/contracts/process';
import { AppError } from '../../domain/errors';
import { type MilestoneMoney, splitMilestone } from '../../domain/money/fees';
import { type Actor, checkTransition } from '../../domain/process/transitions';
import { accountLocking, assertActive } from '../db/account-lock';
import type { Db } from '../db/database';
import { lockContractRow } from '../db/repositories/locks';
import type { ActorRole, ContractStatus, DB, MilestoneStatus, MilestonesTable, PartyRole, UserStatus } from '../db/schema';
import { Statement, type StatementResult } from '../db/statement';
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
  return lockContractRow(trx, contractId, contractGuards.enabled);
}

/** The actor's side of the contract; anyone else is told it does not exist. */
export function partyRole(contract: LockedContract | undefined, userId: string): PartyRole {
  if (contract?.client_id === userId) return 'client';
  if (contract?.worker_id === userId) return 'worker';
  throw new AppError('not-found');
}

const CONTRACT_COLUMNS = [
  'id',
  'job_id',
  'client_id',
  'worker_id',
  'title',
  'status',
  'withholding',
  'terms_version',
  'ended_at',
] as const;

/**
 * Locks the contract of a milestone, then the milestone, and reads both, in one
 * statement. The milestone is locked (as its update will) so that it is read after the
 * contract lock, fresh: a row a statement does not lock is read as of its start. The
 * lateral joins fix the order: the member's account (when `accountOf` is given, FOR SHARE
 * as lockActiveAccount takes it), then the contract, then the milestone. `thread` also
 * reads the contract's thread.
 */
export async function lockMilestone(trx: Db, milestoneId: string, options: { accountOf?: string; thread?: boolean } = {}) {
  const guarded = contractGuards.enabled;
  const account =
    options.accountOf === undefined
      ? sql`null::text`
      : sql`(select status from users where id = ${options.accountOf} ${accountLocking.enabled ? sql`for share` : sql``})`;
  const contractColumns = sql.join(CONTRACT_COLUMNS.map((c) => sql`c.${sql.id(c)} as ${sql.id(`k_${c}`)}`));
  const { rows } = await sql<Record<string, unknown>>`
    select r.account_status, k.*, m.*
           ${options.thread ? sql`, (select t.id from threads t where t.subject_type = 'contract' and t.subject_id = k.k_id) as thread_id` : sql``}
    from (select ${account} as account_status, (select contract_id from milestones where id = ${milestoneId}) as contract_id
          offset 0) as r
    left join lateral (
      select ${contractColumns} from contracts c where c.id = r.contract_id ${guarded ? sql`for update` : sql``}
    ) as k on true
    left join lateral (
      select * from milestones where id = ${milestoneId} and contract_id = k.k_id ${guarded ? sql`for no key update` : sql``}
    ) as m on true`.execute(trx);
  const row = rows[0] ?? {};
  if (options.accountOf !== undefined) assertActive(row.account_status as UserStatus | undefined);
  if (!row.k_id || !row.id) throw new AppError('not-found');
  const contract = Object.fromEntries(CONTRACT_COLUMNS.map((c) => [c, row[`k_${c}`]])) as unknown as LockedContract;
  const milestone = Object.fromEntries(
    Object.entries(row).filter(([key]) => !key.startsWith('k_') && key !== 'account_status' && key !== 'thread_id'),
  ) as unknown as Selectable<MilestonesTable>;
  return { contract, milestone, threadId: (row.thread_id as string | null | undefined) ?? null };
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
 * The writes of one contract step as one statement (db/statement.ts): compare-and-set
 * transitions with their timeline rows, and whatever else the step adds (notices, tasks,
 * the ledger posting). A transition's timeline rows are written only if it matched a
 * row, all by one insert at the end so that they keep the order the step took them in.
 */
export class ContractWrite extends Statement {
  readonly #events: RawBuilder<unknown>[] = [];

  constructor(
    db: Db,
    readonly now: Date,
  ) {
    super(db);
  }

  /** A compare-and-set (returning its rows) and its timeline rows; returns its name. */
  change(change: OperationNodeSource, event: EventInput | EventInput[]): string {
    const name = this.with('changed', change);
    this.count(name);
    const events = (Array.isArray(event) ? event : [event]).map(
      (e, i) =>
        sql`(${i}::int, ${e.contractId}::uuid, ${e.milestoneId ?? null}::uuid, ${e.action}, ${e.actorRole}, ${e.actorId ?? null}::uuid, ${JSON.stringify(e.detail ?? {})}::jsonb)`,
    );
    this.#events.push(
      sql`select ${this.#events.length}::int as g, e.* from ${this.ref(name)}
          cross join (values ${sql.join(events)}) as e (i, contract_id, milestone_id, action, actor_role, actor_id, detail)`,
    );
    return name;
  }

  override async execute(): Promise<StatementResult> {
    if (this.#events.length > 0) {
      this.with(
        'events',
        sql`insert into contract_events (contract_id, milestone_id, action, actor_role, actor_id, detail, created_at)
            select e.contract_id, e.milestone_id, e.action, e.actor_role, e.actor_id, e.detail, ${this.now}
            from (${sql.join(this.#events, sql` union all `)}) as e
            order by e.g, e.i`,
      );
      this.#events.length = 0;
    }
    return super.execute();
  }
}

type MilestoneChanges = Partial<{
  delivered_at: Date | null;
  auto_accept_at: Date | null;
  /** A message written by the same statement may be named by an expression. */
  delivery_message_id: number | null | Expression<number | null>;
  funded_at: Date;
  accepted_at: Date;
  paid_at: Date;
  closed_at: Date;
}> & { delivery_count?: number };

export interface MilestoneMove {
  contractId: string;
  milestone: { id: string; status: MilestoneStatus };
  action: MilestoneAction;
  actor: Actor;
  actorId?: string | null;
  set?: MilestoneChanges;
  detail?: Record<string, unknown>;
  /** A second transition taken at once from the first one's result (accept, then pay). */
  andThen?: { action: MilestoneAction; actor: Actor; detail?: Record<string, unknown> };
}

/**
 * One milestone transition as a compare-and-set on its status, with its timeline row,
 * added to a step's statement. Throws `milestone-transition-invalid` (or `forbidden`) at
 * once when the table refuses it; the caller checks `moved` after the statement ran.
 */
export function addMilestoneMove(write: ContractWrite, input: MilestoneMove): { to: MilestoneStatus; moved: string } {
  const step = checkTransition(MILESTONE_TRANSITIONS, input.action, input.milestone.status, input.actor);
  if (!step.ok) throw new AppError(step.reason === 'not-allowed' ? 'forbidden' : 'milestone-transition-invalid');
  const next = input.andThen ? checkTransition(MILESTONE_TRANSITIONS, input.andThen.action, step.to, input.andThen.actor) : null;
  if (next && !next.ok) throw new AppError('milestone-transition-invalid');
  const to = next?.ok ? next.to : step.to;
  let update = write.db
    .updateTable('milestones')
    .set({ status: to, updated_at: write.now, ...input.set })
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
  return { to, moved: write.change(update.returning('id'), events) };
}

/**
 * One milestone transition in a statement of its own. Throws `milestone-transition-invalid`
 * when the table refuses it or another request changed the milestone first.
 */
export async function moveMilestone(trx: Db, input: MilestoneMove, now: Date): Promise<MilestoneStatus> {
  const write = new ContractWrite(trx, now);
  const { to, moved } = addMilestoneMove(write, input);
  const result = await write.execute();
  if (!result.matched(moved)) throw new AppError('milestone-transition-invalid');
  return to;
}

export interface ContractMove {
  contract: { id: string; status: ContractStatus };
  action: ContractAction;
  actor: Actor;
  actorId?: string | null;
  detail?: Record<string, unknown>;
  /** A further condition on the contract row for the change to happen. */
  onlyIf?: (eb: ExpressionBuilder<DB, 'contracts'>) => Expression<SqlBool>;
}

/** A contract transition as a compare-and-set with its timeline row, added to a step's statement. */
export function addContractMove(write: ContractWrite, input: ContractMove): { to: ContractStatus; moved: string } {
  const step = checkTransition(CONTRACT_TRANSITIONS, input.action, input.contract.status, input.actor);
  if (!step.ok) throw new AppError(step.reason === 'not-allowed' ? 'forbidden' : 'contract-transition-invalid');
  const ends = step.to === 'completed' || step.to === 'terminated';
  const now = write.now;
  let update = write.db
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
  const moved = write.change(update.returning('id'), {
    contractId: input.contract.id,
    action: `contract.${input.action}`,
    actorRole: input.actor,
    actorId: input.actorId ?? null,
    detail: input.detail ?? {},
  });
  return { to: step.to, moved };
}

/** A contract transition in a statement of its own. */
export async function moveContract(trx: Db, input: ContractMove, now: Date): Promise<ContractStatus> {
  const write = new ContractWrite(trx, now);
  const { to, moved } = addContractMove(write, input);
  const result = await write.execute();
  if (!result.matched(moved)) throw new AppError('contract-transition-invalid');
  return to;
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
