// The writes of a contract step: compare-and-set transitions of the contract and its
// milestones (db/transition.ts) with their timeline rows, in one statement.
import { type Expression, type ExpressionBuilder, type OperationNodeSource, type RawBuilder, type SqlBool, sql } from 'kysely';
import {
  CONTRACT_TRANSITIONS,
  type ContractAction,
  MILESTONE_TRANSITIONS,
  type MilestoneAction,
} from '../../domain/contracts/process';
import { AppError } from '../../domain/errors';
import type { Actor } from '../../domain/process/transitions';
import type { Db } from '../db/database';
import type { ActorRole, ContractStatus, DB, MilestoneStatus } from '../db/schema';
import { Statement, type StatementResult } from '../db/statement';
import { addTransition, checkStep } from '../db/transition';
import { contractGuards } from './lock';

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
    this.timeline(name, event);
    return name;
  }

  /** Timeline rows written only if the part `name` (a compare-and-set) matched a row. */
  timeline(name: string, event: EventInput | EventInput[]): void {
    const events = (Array.isArray(event) ? event : [event]).map(
      (e, i) =>
        sql`(${i}::int, ${e.contractId}::uuid, ${e.milestoneId ?? null}::uuid, ${e.action}, ${e.actorRole}, ${e.actorId ?? null}::uuid, ${JSON.stringify(e.detail ?? {})}::jsonb)`,
    );
    this.#events.push(
      sql`select ${this.#events.length}::int as g, e.* from ${this.ref(name)}
          cross join (values ${sql.join(events)}) as e (i, contract_id, milestone_id, action, actor_role, actor_id, detail)`,
    );
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

const MILESTONE_REFUSALS = { notAllowed: 'forbidden', wrongState: 'milestone-transition-invalid' } as const;

/**
 * Whether the milestone's table lets `actor` take `action` from the status read, before
 * the step does anything it could not take back (a payment provider's charge). Throws
 * the same refusals as the step.
 */
export function checkMilestoneStep(milestone: { status: MilestoneStatus }, action: MilestoneAction, actor: Actor): void {
  checkStep({ machine: MILESTONE_TRANSITIONS, action, actor, current: milestone.status, refusals: MILESTONE_REFUSALS });
}

/**
 * One milestone transition as a compare-and-set on its status, with its timeline row,
 * added to a step's statement. Throws `milestone-transition-invalid` (or `forbidden`) at
 * once when the table refuses it; the caller checks `moved` after the statement ran.
 */
export function addMilestoneMove(write: ContractWrite, input: MilestoneMove): { to: MilestoneStatus; moved: string } {
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
  const { to, moved } = addTransition(write, {
    table: 'milestones',
    id: input.milestone.id,
    machine: MILESTONE_TRANSITIONS,
    action: input.action,
    actor: input.actor,
    current: input.milestone.status,
    andThen: input.andThen,
    refusals: MILESTONE_REFUSALS,
    set: { updated_at: write.now, ...input.set },
    guarded: contractGuards.enabled,
    timeline: (name) => write.timeline(name, events),
  });
  return { to, moved };
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
  const refusals = { notAllowed: 'forbidden', wrongState: 'contract-transition-invalid' } as const;
  const step = {
    machine: CONTRACT_TRANSITIONS,
    action: input.action,
    actor: input.actor,
    current: input.contract.status,
    refusals,
  };
  const { to } = checkStep(step);
  const ends = to === 'completed' || to === 'terminated';
  const now = write.now;
  const { moved } = addTransition(write, {
    ...step,
    table: 'contracts',
    id: input.contract.id,
    set: {
      updated_at: now,
      ...(to === 'in_progress' ? { started_at: now } : {}),
      ...(ends ? { ended_at: now, pending_terms: null } : {}),
    },
    onlyIf: input.onlyIf,
    guarded: contractGuards.enabled,
    timeline: (name) =>
      write.timeline(name, {
        contractId: input.contract.id,
        action: `contract.${input.action}`,
        actorRole: input.actor,
        actorId: input.actorId ?? null,
        detail: input.detail ?? {},
      }),
  });
  return { to, moved };
}

/** A contract transition in a statement of its own. */
export async function moveContract(trx: Db, input: ContractMove, now: Date): Promise<ContractStatus> {
  const write = new ContractWrite(trx, now);
  const { to, moved } = addContractMove(write, input);
  const result = await write.execute();
  if (!result.matched(moved)) throw new AppError('contract-transition-invalid');
  return to;
}
