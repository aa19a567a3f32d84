// The background worker loop. Each tick runs every periodic task; a task's failure is
// logged and retried on the next tick, never crashing the process.
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/database';
import type { Clock } from '../deps';
import type { Mailer } from '../integrations/mail/mailer';
import { purgeWithdrawalData } from '../use-cases/purge-withdrawal-data';
import { dispatchOutbox } from './dispatch-outbox';

export interface Worker {
  stop(): Promise<void>;
}

export function startWorker(deps: { db: Db; mailer: Mailer; clock: Clock; log: FastifyBaseLogger; intervalMs?: number }): Worker {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  let lastRetention = 0;
  const tick = async () => {
    try {
      await dispatchOutbox({ db: deps.db, mailer: deps.mailer, now: deps.clock() });
    } catch (error) {
      deps.log.error({ err: error }, 'outbox dispatch failed');
    }
    // Retention needs no precision: once a minute is plenty.
    if (Date.now() - lastRetention < 60_000) return;
    lastRetention = Date.now();
    try {
      const purged = await purgeWithdrawalData(deps.db, deps.clock());
      if (purged.vaults + purged.formerMembers > 0) deps.log.info(purged, 'withdrawal retention purge');
    } catch (error) {
      deps.log.error({ err: error }, 'withdrawal retention purge failed');
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
