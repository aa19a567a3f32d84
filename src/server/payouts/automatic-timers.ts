// The scheduled automatic payout run: on every payment date at 00:30 Japan time, then the
// next payment date. Staff building the batch earlier runs it first (build-batch.ts).
import { japanDate } from '../../domain/payouts/schedule';
import { isPaymentDate, nextPaymentDateAfter } from '../../domain/payouts/sixty-days';
import type { Db } from '../db/database';
import { enqueueTask } from '../queue/queue';
import type { TaskKind } from '../queue/tasks';

export const AUTOMATIC_PAYOUTS_TASK = 'payouts.automatic' satisfies TaskKind;

const runAt = (date: string) => new Date(`${date}T00:30:00+09:00`);

/** Schedules the run of the first payment date after `date`. */
export function scheduleAutomaticPayoutsAfter(db: Db, date: string, now: Date): Promise<void> {
  const next = nextPaymentDateAfter(date);
  return enqueueTask(
    db,
    { kind: AUTOMATIC_PAYOUTS_TASK, payload: { paymentDate: next }, runAt: runAt(next), dedupeKey: AUTOMATIC_PAYOUTS_TASK },
    now,
  );
}

/** At start-up: a run already waiting keeps its date; else today's (a payment date) or the next one. */
export async function ensureAutomaticPayouts(db: Db, now: Date): Promise<void> {
  const live = await db
    .selectFrom('queue_tasks')
    .select('id')
    .where('dedupe_key', '=', AUTOMATIC_PAYOUTS_TASK)
    .where('status', 'in', ['pending', 'running'])
    .executeTakeFirst();
  if (live) return;
  const today = japanDate(now);
  if (isPaymentDate(today))
    await enqueueTask(
      db,
      { kind: AUTOMATIC_PAYOUTS_TASK, payload: { paymentDate: today }, runAt: now, dedupeKey: AUTOMATIC_PAYOUTS_TASK },
      now,
    );
  else await scheduleAutomaticPayoutsAfter(db, today, now);
}
