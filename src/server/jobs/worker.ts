// The background worker: runs due queue tasks every tick. Several app instances may run
// it at once; the queue hands each task to one of them (see queue.ts).
import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from '../deps';
import type { Mailer } from '../integrations/mail/mailer';
import { scheduleRetention, taskHandlers } from './handlers';
import { runDueTasks } from './queue';

export interface Worker {
  stop(): Promise<void>;
}

export async function startWorker(deps: Deps, mailer: Mailer, log: FastifyBaseLogger, intervalMs = 1000): Promise<Worker> {
  const handlers = taskHandlers(deps, mailer);
  await scheduleRetention(deps.db, deps.clock(), deps.clock());
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const tick = async () => {
    try {
      await runDueTasks(deps.db, handlers, deps.clock(), {
        onError: (task, error) => log.warn({ err: error, task: task.kind, attempt: task.attempts }, 'background task failed'),
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
