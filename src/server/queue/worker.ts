// The background worker: every tick, runs due queue tasks, then sends due mail from the
// outbox. Several app instances may run it at once; the queue and the outbox each hand
// every task or mail to one of them (see queue.ts and dispatch-outbox.ts).
import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from '../deps';
import { ensureSavedSearchDigest } from '../discovery/saved-search-timers';
import type { Mailer } from '../integrations/mail/mailer';
import { ensureAutomaticPayouts } from '../payouts/automatic-timers';
import { sendDueMail } from './dispatch-outbox';
import { scheduleRetention, taskHandlers } from './handlers';
import { type ClaimedTask, runDueTasks, type TaskHandler } from './queue';

export interface Worker {
  stop(): Promise<void>;
}

export async function startWorker(deps: Deps, mailer: Mailer, log: FastifyBaseLogger, intervalMs = 1000): Promise<Worker> {
  const handlers = taskHandlers(deps);
  await scheduleRetention(deps.db, deps.clock(), deps.clock());
  await ensureSavedSearchDigest(deps.db, deps.clock());
  await ensureAutomaticPayouts(deps.db, deps.clock());
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const tick = async () => {
    try {
      await runDueWork(deps.db, handlers, mailer, deps.clock(), {
        onTaskError: (task, error) => log.warn({ err: error, task: task.kind, attempt: task.attempts }, 'background task failed'),
        onMailError: (mailId, error) => log.warn({ err: error, mailId }, 'mail not sent, will retry'),
      });
    } catch (error) {
      log.error({ err: error }, 'background worker tick failed');
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(schedule);
    }, intervalMs);
  };
  schedule();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

/**
 * One pass of background work: the due tasks (which may write mail), then the due mail.
 * Returns how many tasks and mails were handled.
 */
export async function runDueWork(
  db: Deps['db'],
  handlers: Record<string, TaskHandler>,
  mailer: Mailer,
  now: Date,
  options: {
    max?: number;
    onTaskError?: (task: ClaimedTask, error: unknown) => void;
    onMailError?: (mailId: number, error: unknown) => void;
  } = {},
): Promise<number> {
  const tasks = await runDueTasks(db, handlers, now, {
    ...(options.max !== undefined ? { max: options.max } : {}),
    ...(options.onTaskError ? { onError: options.onTaskError } : {}),
  });
  const mails = await sendDueMail({ db, mailer }, now, {
    ...(options.max !== undefined ? { max: options.max } : {}),
    ...(options.onMailError ? { onError: options.onMailError } : {}),
  });
  return tasks + mails;
}
