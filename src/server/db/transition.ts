// A step of any state machine (domain/<area>/…process.ts) written as a compare-and-set:
// the domain's table says whether the actor may take it from the status read, and the
// update changes the row only if it still has that status (`WHERE status = from
// RETURNING`), so of two racing steps one wins and the other matches nothing. The
// update is a part of a statement (db/statement.ts), so the step's timeline row, notices
// and ledger posting can be written by the same statement, guarded on its success.
import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql, type UpdateObject } from 'kysely';
import { AppError } from '../../domain/errors';
import { checkTransition, type Transition } from '../../domain/process/transitions';
import type { ProblemCode } from '../../shared/errors';
import type { DB } from './schema';
import { Statement } from './statement';

/** The tables whose rows have a `status`. */
export type StatusTable = { [T in keyof DB]: DB[T] extends { status: unknown } ? T : never }[keyof DB];

/** The problem to answer when the table refuses: an actor who may never take it, or the wrong state. */
export interface Refusals {
  notAllowed: ProblemCode;
  wrongState: ProblemCode;
}

export interface Step<S extends string, A extends string, R extends string> {
  machine: readonly Transition<S, A, R>[];
  action: A;
  actor: R;
  /** The status the row was read with. */
  current: S;
  /** A second step taken at once from the first one's result (accept, then pay). */
  andThen?: { action: A; actor: R };
  refusals: Refusals;
}

/**
 * Checks a step (and the one taken with it) against its table: the status the row
 * must still have, and the one it gets. Throws the step's refusal; a second step the
 * table refuses is a wrong state.
 */
export function checkStep<S extends string, A extends string, R extends string>(step: Step<S, A, R>): { from: S; to: S } {
  const first = checkTransition(step.machine, step.action, step.current, step.actor);
  if (!first.ok) throw new AppError(first.reason === 'not-allowed' ? step.refusals.notAllowed : step.refusals.wrongState);
  if (!step.andThen) return { from: first.from, to: first.to };
  const second = checkTransition(step.machine, step.andThen.action, first.to, step.andThen.actor);
  if (!second.ok) throw new AppError(step.refusals.wrongState);
  return { from: first.from, to: second.to };
}

export interface TransitionWrite<T extends StatusTable, S extends string, A extends string, R extends string>
  extends Step<S, A, R> {
  table: T;
  /** The key column, `id` unless the table is keyed otherwise (job_escrows: job_id). */
  key?: string;
  /** One row, or several taking the same step (a payout batch). */
  id: string | readonly string[];
  /** Further columns the step sets besides the status. */
  set?: UpdateObject<DB, T>;
  /** A further condition on the row for the change to happen. */
  onlyIf?: (eb: ExpressionBuilder<DB, T>) => Expression<SqlBool>;
  /** Further columns the update returns, to read with `statement.output` / `valueOf` (the key always is). */
  returning?: readonly string[];
  /** False only in the race tests that prove they can see a lost compare-and-set. */
  guarded?: boolean;
  /** Writes the step's timeline rows in the same statement, guarded on the part named `moved`. */
  timeline?: (moved: string) => void;
}

/**
 * Adds a step to a statement as a compare-and-set returning the keys it changed, and
 * its timeline rows. Throws at once when the table refuses it; the caller checks
 * `result.matched(moved)` (or `count`) after the statement ran.
 */
export function addTransition<T extends StatusTable, S extends string, A extends string, R extends string>(
  statement: Statement,
  input: TransitionWrite<T, S, A, R>,
): { from: S; to: S; moved: string } {
  const { from, to } = checkStep(input);
  const key = input.key ?? 'id';
  // The table is one of many: Kysely cannot follow a table chosen by a type parameter.
  // biome-ignore lint/suspicious/noExplicitAny: the row type is DB[T], checked at the call.
  const db = statement.db as unknown as Kysely<any>;
  let update = db
    .updateTable(input.table as string)
    .set({ ...(input.set as object), status: to })
    .where(key, typeof input.id === 'string' ? '=' : 'in', input.id as string);
  if (input.guarded !== false) update = update.where('status', '=', from);
  if (input.onlyIf) update = update.where(input.onlyIf as never);
  const moved = statement.with('changed', update.returning([key, ...(input.returning ?? [])]));
  statement.count(moved);
  input.timeline?.(moved);
  return { from, to, moved };
}

/**
 * A step in a statement of its own: returns the new status, or throws the step's
 * wrong-state refusal when another request changed the row first.
 */
export async function applyTransition<T extends StatusTable, S extends string, A extends string, R extends string>(
  db: Statement['db'],
  input: TransitionWrite<T, S, A, R>,
): Promise<S> {
  const statement = new Statement(db);
  const { to, moved } = addTransition(statement, input);
  const result = await statement.execute();
  if (!result.matched(moved)) throw new AppError(input.refusals.wrongState);
  return to;
}

/**
 * A step taken by every row it names that still has the step's status, in a statement
 * of its own (a batch's requests, a task's unjudged submissions): a row another request
 * moved first is left out, not an error. Returns the rows that took it, each with its
 * key and the columns named in `returning`.
 */
export async function applyTransitionToAll<
  T extends StatusTable,
  S extends string,
  A extends string,
  R extends string,
  Row = Record<string, unknown>,
>(db: Statement['db'], input: TransitionWrite<T, S, A, R>): Promise<Row[]> {
  const statement = new Statement(db);
  const { moved } = addTransition(statement, input);
  const rows = statement.with('rows', sql`select coalesce(json_agg(m), '[]'::json) as rows from ${statement.ref(moved)} m`);
  statement.output(rows, 'rows');
  const result = await statement.execute();
  return result.value<Row[]>(rows) ?? [];
}
