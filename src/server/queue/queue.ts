// The task queue behind every timer in the product (deadline closing, application
// expiry, auto-acceptance, retention; mail has its own relay over the outbox). Works the
// same on PGlite and PostgreSQL:
//   - a task is claimed with FOR UPDATE SKIP LOCKED and leased for `LEASE_MS`, so with
//     several app instances each task runs on one of them at a time;
//   - a failed task is retried with exponential backoff, then marked failed;
//   - a crashed runner's lease expires and the task runs again, so every handler must be
//     idempotent (each re-checks the state it acts on, inside its own transaction).
import { sql } from 'kysely';
import type { Db } from '../db/database';
import { always, type Guard, Statement } from '../db/statement';
import type { TaskPayloads } from './tasks';

const LEASE_MS = 5 * 60_000;

interface TaskFields {
  runAt: Date;
  /**
   * One live task per key: scheduling the same key again moves its run time — also while
   * it runs (a timer setting itself again): it then runs once more at the new time.
   */
  dedupeKey?: string;
  maxAttempts?: number;
}

/**
 * A task to enqueue: its kind and that kind's payload (`TaskPayloads` by default; the
 * queue's own tests pass a map of their own). An empty payload may be left out.
 */
export type TaskInput<M extends object = TaskPayloads> = {
  [K in keyof M & string]: { kind: K } & (Record<string, never> extends M[K] ? { payload?: M[K] } : { payload: M[K] }) &
    TaskFields;
}[keyof M & string];

export async function enqueueTask<M extends object = TaskPayloads>(
  db: Db,
  task: NoInfer<TaskInput<M>>,
  now: Date,
): Promise<void> {
  await enqueueTasks<M>(db, [task], now);
}

/** Several tasks in one statement; a task with a dedupe key moves the live one with that key. */
export async function enqueueTasks<M extends object = TaskPayloads>(
  db: Db,
  tasks: NoInfer<TaskInput<M>>[],
  now: Date,
): Promise<void> {
  const statement = new Statement(db);
  addTasks<M>(statement, tasks, now);
  await statement.execute();
}

/** The tasks as a part of a step's statement, enqueued only if the guard holds. */
export function addTasks<M extends object = TaskPayloads>(
  statement: Statement,
  tasks: NoInfer<TaskInput<M>>[],
  now: Date,
  onlyIf: Guard = always,
): void {
  if (tasks.length === 0) return;
  const rows = tasks.map(
    (t) =>
      sql`(${t.kind}, ${JSON.stringify(t.payload ?? {})}::jsonb, ${t.runAt}::timestamptz, ${t.dedupeKey ?? null}, ${t.maxAttempts ?? 8}::int, ${now}::timestamptz)`,
  );
  statement.with(
    'tasks',
    sql`insert into queue_tasks (kind, payload, run_at, dedupe_key, max_attempts, created_at)
        select * from (values ${sql.join(rows)}) as t (kind, payload, run_at, dedupe_key, max_attempts, created_at)
        where ${onlyIf}
        on conflict (dedupe_key) where status in ('pending', 'running')
        do update set run_at = excluded.run_at, payload = excluded.payload, status = 'pending',
                      attempts = 0, locked_until = null`,
  );
}

/** Cancels the live tasks with these keys, if any (e.g. timers that no longer apply). */
export async function cancelTask(db: Db, dedupeKey: string | string[], now: Date): Promise<void> {
  const statement = new Statement(db);
  addCancel(statement, Array.isArray(dedupeKey) ? dedupeKey : [dedupeKey], now);
  await statement.execute();
}

/** Cancelling tasks as a part of a step's statement, if the guard holds. */
export function addCancel(statement: Statement, keys: string[], now: Date, onlyIf: Guard = always): void {
  statement.with(
    'cancel',
    statement.db
      .updateTable('queue_tasks')
      .set({ status: 'done', finished_at: now, last_error: 'cancelled' })
      .where('dedupe_key', 'in', keys)
      // A literal, not a parameter: the dedupe key's index covers only live tasks, and a
      // cached (generic) plan can use it only if the statement itself says 'pending'.
      .where(sql<boolean>`status = 'pending'`)
      .where(onlyIf),
  );
}

export interface ClaimedTask {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
}

export async function claimDueTasks(db: Db, now: Date, limit: number): Promise<ClaimedTask[]> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  const { rows } = await sql<ClaimedTask>`
    update queue_tasks set status = 'running', attempts = attempts + 1, locked_until = ${leaseUntil}
    where id in (
      select id from queue_tasks
      where (status = 'pending' and run_at <= ${now}) or (status = 'running' and locked_until <= ${now})
      order by run_at, id
      limit ${limit}
      for update skip locked)
    returning id, kind, payload, attempts, max_attempts`.execute(db);
  return rows;
}

export async function completeTask(db: Db, id: number, now: Date): Promise<void> {
  await db
    .updateTable('queue_tasks')
    .set({ status: 'done', finished_at: now, locked_until: null })
    .where('id', '=', id)
    // Not when it was scheduled again while it ran: that run is still to come.
    .where('status', '=', 'running')
    .execute();
}

export async function failTask(db: Db, task: ClaimedTask, now: Date, error: string): Promise<void> {
  const giveUp = task.attempts >= task.max_attempts;
  const backoffMs = Math.min(3_600_000, 10_000 * 2 ** (task.attempts - 1));
  await db
    .updateTable('queue_tasks')
    .set({
      status: giveUp ? 'failed' : 'pending',
      run_at: new Date(now.getTime() + backoffMs),
      locked_until: null,
      last_error: error.slice(0, 1000),
      finished_at: giveUp ? now : null,
    })
    .where('id', '=', task.id)
    .where('status', '=', 'running')
    .execute();
}

export type TaskHandler = (
  payload: Record<string, unknown>,
  now: Date,
  attempt: { number: number; last: boolean },
) => Promise<void>;

/** Runs due tasks until none is left (or `max` ran); returns how many ran. */
export async function runDueTasks(
  db: Db,
  handlers: Record<string, TaskHandler>,
  now: Date,
  options: { batch?: number; max?: number; onError?: (task: ClaimedTask, error: unknown) => void } = {},
): Promise<number> {
  let ran = 0;
  const max = options.max ?? 1000;
  while (ran < max) {
    const tasks = await claimDueTasks(db, now, options.batch ?? 20);
    if (tasks.length === 0) break;
    for (const task of tasks) {
      ran++;
      const handler = handlers[task.kind];
      try {
        if (!handler) throw new Error(`no handler for task kind "${task.kind}"`);
        await handler(task.payload, now, { number: task.attempts, last: task.attempts >= task.max_attempts });
        await completeTask(db, task.id, now);
      } catch (error) {
        options.onError?.(task, error);
        await failTask(db, task, now, error instanceof Error ? error.message : String(error));
      }
    }
  }
  return ran;
}
