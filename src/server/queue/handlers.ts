// Every kind of background task and the function that runs it.
import { deleteAttachments, removeFiles } from '../attachments/attachments';
import { REVIEWS_REVEAL_TASK } from '../contracts/lifecycle';
import { ACCEPTANCE_TIMER_TASK } from '../contracts/release';
import type { Db } from '../db/database';
import type { Deps } from '../deps';
import { APPLICATIONS_EXPIRE_TASK } from '../jobs/application-timers';
import { COMPETITION_SELECTION_TASK, TASK_AUTO_APPROVE_TASK } from '../jobs/escrow';
import { JOB_DEADLINE_TASK } from '../jobs/timers';
import { runAcceptanceTimer } from '../use-cases/accept-milestone';
import { settleUnchosenCompetition } from '../use-cases/competition-result';
import { expireApplications } from '../use-cases/expire-applications';
import { expireJob } from '../use-cases/expire-job';
import { autoApproveTask } from '../use-cases/judge-task-submission';
import { expireOffer, OFFER_EXPIRE_TASK } from '../use-cases/offers';
import { purgeWithdrawalData } from '../use-cases/purge-withdrawal-data';
import { PASSWORD_RESET_TASK, sendPasswordReset } from '../use-cases/request-password-reset';
import { revealReviews } from '../use-cases/reviews';
import { escalateTermination, TERMINATION_ESCALATE_TASK } from '../use-cases/termination';
import { enqueueTask, type TaskHandler } from './queue';

export const RETENTION_TASK = 'withdrawal.retention';
const RETENTION_EVERY_MS = 60 * 60_000;

export function taskHandlers(deps: Deps): Record<string, TaskHandler> {
  return {
    [JOB_DEADLINE_TASK]: async (payload, now) => {
      await expireJob(deps, String(payload.jobId), now);
    },
    [APPLICATIONS_EXPIRE_TASK]: async (payload, now) => {
      await expireApplications(deps, String(payload.jobId), now);
    },
    [OFFER_EXPIRE_TASK]: async (payload, now) => {
      await expireOffer(deps, String(payload.offerId), now);
    },
    [ACCEPTANCE_TIMER_TASK]: async (payload, now) => {
      await runAcceptanceTimer(
        deps,
        { milestoneId: String(payload.milestoneId), deliveryCount: Number(payload.deliveryCount) },
        now,
      );
    },
    [TERMINATION_ESCALATE_TASK]: async (payload, now) => {
      await escalateTermination(deps, String(payload.proposalId), now);
    },
    [TASK_AUTO_APPROVE_TASK]: async (payload, now) => {
      await autoApproveTask(deps, String(payload.jobId), now);
    },
    [COMPETITION_SELECTION_TASK]: async (payload, now) => {
      await settleUnchosenCompetition(deps, String(payload.jobId), now);
    },
    [REVIEWS_REVEAL_TASK]: async (payload, now) => {
      await revealReviews(deps, String(payload.contractId), now);
    },
    [PASSWORD_RESET_TASK]: async (payload, now) => {
      await sendPasswordReset(deps, typeof payload.userId === 'string' ? payload.userId : null, now);
    },
    [RETENTION_TASK]: async (_payload, now) => {
      await purgeWithdrawalData(deps.db, now);
      // Idempotency keys answer retries for a day.
      await deps.db
        .deleteFrom('idempotency_keys')
        .where('created_at', '<', new Date(now.getTime() - 86_400_000))
        .execute();
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
