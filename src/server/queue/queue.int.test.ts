import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import type { Db } from '../db/database';
import { claimDueTasks, enqueueTask as enqueueAny, runDueTasks, type TaskInput } from './queue';

// The queue itself, with kinds of its own.
type AnyTasks = Record<string, Record<string, unknown>>;
const enqueueTask = (db: Db, task: TaskInput<AnyTasks>, now: Date) => enqueueAny<AnyTasks>(db, task, now);

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ poolSize: 12 });
});
afterAll(async () => {
  await database?.close();
});

const at = (iso: string) => new Date(iso);

describe('task queue', () => {
  it('runs due tasks only, in order, and marks them done', async () => {
    const { db } = database;
    const ran: string[] = [];
    await enqueueTask(db, { kind: 'order.a', payload: { n: 1 }, runAt: at('2026-01-01T00:00:00Z') }, at('2026-01-01T00:00:00Z'));
    await enqueueTask(db, { kind: 'order.a', payload: { n: 2 }, runAt: at('2026-01-01T00:01:00Z') }, at('2026-01-01T00:00:00Z'));
    await enqueueTask(db, { kind: 'order.a', payload: { n: 3 }, runAt: at('2026-01-02T00:00:00Z') }, at('2026-01-01T00:00:00Z'));
    const handlers = { 'order.a': async (p: Record<string, unknown>) => void ran.push(String(p.n)) };
    expect(await runDueTasks(db, handlers, at('2026-01-01T12:00:00Z'))).toBe(2);
    expect(ran).toEqual(['1', '2']);
    expect(await runDueTasks(db, handlers, at('2026-01-01T12:00:00Z'))).toBe(0);
    await runDueTasks(db, handlers, at('2026-01-02T00:00:00Z'));
    expect(ran).toEqual(['1', '2', '3']);
  });

  it('retries a failing task with growing backoff, then gives up', async () => {
    const { db } = database;
    let calls = 0;
    const handlers = {
      'flaky.b': async () => {
        calls++;
        throw new Error('smtp down');
      },
    };
    let now = at('2026-02-01T00:00:00Z');
    await enqueueTask(db, { kind: 'flaky.b', runAt: now, maxAttempts: 3 }, now);
    await runDueTasks(db, handlers, now);
    expect(calls).toBe(1);
    await runDueTasks(db, handlers, new Date(now.getTime() + 5_000)); // backoff 10 s: not yet
    expect(calls).toBe(1);
    now = new Date(now.getTime() + 10_000);
    await runDueTasks(db, handlers, now);
    expect(calls).toBe(2);
    now = new Date(now.getTime() + 20_000);
    await runDueTasks(db, handlers, now);
    expect(calls).toBe(3);
    await runDueTasks(db, handlers, new Date(now.getTime() + 3_600_000));
    expect(calls).toBe(3);
    const row = await db
      .selectFrom('queue_tasks')
      .select(['status', 'last_error'])
      .where('kind', '=', 'flaky.b')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'failed', last_error: 'smtp down' });
  });

  it('keeps one live task per dedupe key and moves its time', async () => {
    const { db } = database;
    const now = at('2026-03-01T00:00:00Z');
    await enqueueTask(db, { kind: 'timer.c', runAt: at('2026-03-05T00:00:00Z'), dedupeKey: 'timer:1' }, now);
    await enqueueTask(db, { kind: 'timer.c', runAt: at('2026-03-02T00:00:00Z'), dedupeKey: 'timer:1' }, now);
    const rows = await db.selectFrom('queue_tasks').select(['run_at']).where('dedupe_key', '=', 'timer:1').execute();
    expect(rows.map((r) => r.run_at.toISOString())).toEqual(['2026-03-02T00:00:00.000Z']);
  });

  it('a crashed runner’s lease expires and the task runs again', async () => {
    const { db } = database;
    const now = at('2026-04-01T00:00:00Z');
    await enqueueTask(db, { kind: 'lease.d', runAt: now }, now);
    const claimed = await claimDueTasks(db, now, 10);
    expect(claimed.filter((t) => t.kind === 'lease.d')).toHaveLength(1);
    // The runner dies without finishing. Within the lease nobody else takes it…
    expect((await claimDueTasks(db, new Date(now.getTime() + 60_000), 10)).filter((t) => t.kind === 'lease.d')).toHaveLength(0);
    // …after it, someone does.
    let ran = 0;
    await runDueTasks(db, { 'lease.d': async () => void ran++ }, new Date(now.getTime() + 6 * 60_000));
    expect(ran).toBe(1);
  });

  it('with several runners at once, every task runs exactly once', async () => {
    const { db } = database;
    const now = at('2026-05-01T00:00:00Z');
    for (let i = 0; i < 60; i++) await enqueueTask(db, { kind: 'count.e', payload: { i }, runAt: now }, now);
    const counts = new Map<number, number>();
    const handler = async (p: Record<string, unknown>) => {
      await new Promise((r) => setTimeout(r, 2));
      counts.set(Number(p.i), (counts.get(Number(p.i)) ?? 0) + 1);
    };
    await Promise.all(Array.from({ length: 4 }, () => runDueTasks(db, { 'count.e': handler }, now, { batch: 5 })));
    expect(counts.size).toBe(60);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it('a task scheduled again while it runs (a timer setting itself) runs once more at the new time', async () => {
    const { db } = database;
    const now = at('2026-06-01T00:00:00Z');
    const runs: string[] = [];
    const handlers = {
      'again.f': async (p: Record<string, unknown>, when: Date) => {
        runs.push(`${when.toISOString().slice(0, 10)} ${String(p.step)}`);
        if (Number(p.step) < 3) {
          const next = new Date(when.getTime() + 86_400_000);
          await enqueueTask(
            db,
            { kind: 'again.f', payload: { step: Number(p.step) + 1 }, runAt: next, dedupeKey: 'again.f:1' },
            when,
          );
        }
      },
    };
    await enqueueTask(db, { kind: 'again.f', payload: { step: 1 }, runAt: now, dedupeKey: 'again.f:1' }, now);
    await runDueTasks(db, handlers, now);
    await runDueTasks(db, handlers, now);
    expect(runs).toEqual(['2026-06-01 1']);
    await runDueTasks(db, handlers, at('2026-06-02T00:00:00Z'));
    await runDueTasks(db, handlers, at('2026-06-03T00:00:00Z'));
    await runDueTasks(db, handlers, at('2026-06-09T00:00:00Z'));
    expect(runs).toEqual(['2026-06-01 1', '2026-06-02 2', '2026-06-03 3']);
    const rows = await db
      .selectFrom('queue_tasks')
      .select(['status', 'attempts'])
      .where('dedupe_key', '=', 'again.f:1')
      .execute();
    expect(rows).toEqual([{ status: 'done', attempts: 1 }]);
  });
});
