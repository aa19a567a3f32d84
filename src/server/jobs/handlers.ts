// Every kind of background task and the function that runs it.
import { deleteAttachments, removeFiles } from '../attachments/attachments';
import type { Db } from '../db/database';
import type { Deps } from '../deps';
import type { Mailer } from '../integrations/mail/mailer';
import { APPLICATIONS_EXPIRE_TASK } from '../postings/application-timers';
import { JOB_DEADLINE_TASK } from '../postings/timers';
import { expireApplications } from '../use-cases/expire-applications';
import { expireJob } from '../use-cases/expire-job';
import { expireOffer, OFFER_EXPIRE_TASK } from '../use-cases/offers';
import { purgeWithdrawalData } from '../use-cases/purge-withdrawal-data';
import { sendOutboxMail } from './dispatch-outbox';
import { enqueueTask, type TaskHandler } from './queue';

export const RETENTION_TASK = 'withdrawal.retention';
const RETENTION_EVERY_MS = 60 * 60_000;

export function taskHandlers(deps: Deps, mailer: Mailer): Record<string, TaskHandler> {
  return {
    'mail.send': (payload, now, attempt) => sendOutboxMail({ db: deps.db, mailer, now }, Number(payload.outboxId), attempt),
    [JOB_DEADLINE_TASK]: async (payload, now) => {
      await expireJob(deps.db, String(payload.jobId), now);
    },
    [APPLICATIONS_EXPIRE_TASK]: async (payload, now) => {
      await expireApplications(deps, String(payload.jobId), now);
    },
    [OFFER_EXPIRE_TASK]: async (payload, now) => {
      await expireOffer(deps, String(payload.offerId), now);
    },
    [RETENTION_TASK]: async (_payload, now) => {
      await purgeWithdrawalData(deps.db, now);
      // Files uploaded but never attached to anything within a day.
      const keys = await deleteAttachments(deps.db, deps, { unlinkedBefore: new Date(now.getTime() - 86_400_000) });
      await removeFiles(deps, keys);
      await scheduleRetention(deps.db, new Date(now.getTime() + RETENTION_EVERY_MS), now);
    },
  };
}

/** Makes sure the periodic retention purge is scheduled. */
export function scheduleRetention(db: Db, runAt: Date, now: Date): Promise<void> {
  return enqueueTask(db, { kind: RETENTION_TASK, runAt, dedupeKey: RETENTION_TASK }, now);
}
