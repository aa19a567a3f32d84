// The background worker loop. Each tick runs every periodic task; a task's failure is
// logged and retried on the next tick, never crashing the process.
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/database';
import type { Clock } from '../deps';
import type { Mailer } from '../integrations/mail/mailer';
import { dispatchOutbox } from './dispatch-outbox';

export interface Worker {
  stop(): Promise<void>;
}

export function startWorker(deps: { db: Db; mailer: Mailer; clock: Clock; log: FastifyBaseLogger; intervalMs?: number }): Worker {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const tick = async () => {
    try {
      await dispatchOutbox({ db: deps.db, mailer: deps.mailer, now: deps.clock() });
    } catch (error) {
      deps.log.error({ err: error }, 'outbox dispatch failed');
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(schedule);
    }, deps.intervalMs ?? 1000);
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
