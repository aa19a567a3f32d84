// The function that runs each kind of background task (the kinds and their payloads: tasks.ts).

import { deleteAttachments, removeFiles } from '../attachments/attachments';
import { REVIEWS_REVEAL_TASK } from '../contracts/lifecycle';
import { ACCEPTANCE_TIMER_TASK } from '../contracts/release';
import type { Db } from '../db/database';
import type { Deps } from '../deps';
import { SAVED_SEARCH_DIGEST_TASK, SAVED_SEARCH_MATCH_TASK, scheduleSavedSearchDigest } from '../discovery/saved-search-timers';
import { APPLICATIONS_EXPIRE_TASK } from '../jobs/application-timers';
import { COMPETITION_SELECTION_TASK, TASK_AUTO_APPROVE_TASK } from '../jobs/escrow';
import { JOB_DEADLINE_TASK } from '../jobs/timers';
import { AUTOMATIC_PAYOUTS_TASK, scheduleAutomaticPayoutsAfter } from '../payouts/automatic-timers';
import { sendPasswordReset } from '../use-cases/accounts/send-password-reset';
import { expireApplications } from '../use-cases/applications/expire-applications';
import { settleUnchosenCompetition } from '../use-cases/competitions/settle-unchosen-competition';
import { escalateTermination } from '../use-cases/contracts/escalate-termination';
import { runAcceptanceTimer } from '../use-cases/contracts/run-acceptance-timer';
import { matchSavedSearches } from '../use-cases/discovery/match-saved-searches';
import { sendSavedSearchDigests } from '../use-cases/discovery/send-saved-search-digests';
import { expireJob } from '../use-cases/jobs/expire-job';
import { endRestriction } from '../use-cases/moderation/end-restriction';
import { expireOffer } from '../use-cases/offers/expire-offer';
import { createAutomaticPayoutRequests } from '../use-cases/payouts/create-automatic-payout-requests';
import { expireQuote } from '../use-cases/quotes/expire-quote';
import { revealReviews } from '../use-cases/reviews/reveal-reviews';
import { autoApproveTask } from '../use-cases/tasks/auto-approve-task';
import { purgeWithdrawalData } from '../use-cases/withdrawal/purge-withdrawal-data';
import { enqueueTask, type TaskHandler } from './queue';
import {
  isTaskKind,
  OFFER_EXPIRE_TASK,
  PASSWORD_RESET_TASK,
  QUOTE_EXPIRE_TASK,
  TASK_PAYLOADS,
  type TaskHandlers,
  type TaskKind,
  TERMINATION_ESCALATE_TASK,
} from './tasks';

export const RETENTION_TASK = 'withdrawal.retention' satisfies TaskKind;
const RETENTION_EVERY_MS = 60 * 60_000;

/** The handlers the worker runs: each parses its task's payload with the kind's schema first. */
export function taskHandlers(deps: Deps): Record<string, TaskHandler> {
  const typed = typedTaskHandlers(deps);
  const run = <K extends TaskKind>(kind: K): TaskHandler => {
    const handler = typed[kind] as (payload: unknown, now: Date, attempt: { number: number; last: boolean }) => Promise<void>;
    return (payload, now, attempt) => handler(TASK_PAYLOADS[kind].parse(payload), now, attempt);
  };
  return Object.fromEntries(
    Object.keys(typed)
      .filter(isTaskKind)
      .map((kind) => [kind, run(kind)]),
  );
}

function typedTaskHandlers(deps: Deps): TaskHandlers {
  return {
    [JOB_DEADLINE_TASK]: async (payload, now) => {
      await expireJob(deps, payload.jobId, now);
    },
    [APPLICATIONS_EXPIRE_TASK]: async (payload, now) => {
      await expireApplications(deps, payload.jobId, now);
    },
    [OFFER_EXPIRE_TASK]: async (payload, now) => {
      await expireOffer(deps, payload.offerId, now);
    },
    [QUOTE_EXPIRE_TASK]: async (payload, now) => {
      await expireQuote(deps, payload.quoteId, now);
    },
    [ACCEPTANCE_TIMER_TASK]: async (payload, now) => {
      await runAcceptanceTimer(deps, { milestoneId: payload.milestoneId, deliveryCount: payload.deliveryCount }, now);
    },
    [TERMINATION_ESCALATE_TASK]: async (payload, now) => {
      await escalateTermination(deps, payload.proposalId, now);
    },
    [TASK_AUTO_APPROVE_TASK]: async (payload, now) => {
      await autoApproveTask(deps, payload.jobId, now);
    },
    [COMPETITION_SELECTION_TASK]: async (payload, now) => {
      await settleUnchosenCompetition(deps, payload.jobId, now);
    },
    [REVIEWS_REVEAL_TASK]: async (payload, now) => {
      await revealReviews(deps, payload.contractId, now);
    },
    [PASSWORD_RESET_TASK]: async (payload, now) => {
      await sendPasswordReset(deps, payload.userId, now);
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
    'restriction.end': async (payload, now) => {
      await endRestriction(deps, payload.restrictionId, now);
    },
    [AUTOMATIC_PAYOUTS_TASK]: async (payload, now) => {
      await createAutomaticPayoutRequests(deps, payload.paymentDate, now);
      await scheduleAutomaticPayoutsAfter(deps.db, payload.paymentDate, now);
    },
    [SAVED_SEARCH_MATCH_TASK]: async (payload, now) => {
      await matchSavedSearches(deps, payload, now);
    },
    [SAVED_SEARCH_DIGEST_TASK]: async (_payload, now) => {
      const { more } = await sendSavedSearchDigests(deps, now);
      // More members than one run takes: the rest in a minute (each still once a day).
      if (more)
        await enqueueTask(
          deps.db,
          { kind: SAVED_SEARCH_DIGEST_TASK, runAt: new Date(now.getTime() + 60_000), dedupeKey: SAVED_SEARCH_DIGEST_TASK },
          now,
        );
      else await scheduleSavedSearchDigest(deps.db, now);
    },
  };
}

/** Makes sure the periodic retention purge is scheduled. */
export function scheduleRetention(db: Db, runAt: Date, now: Date): Promise<void> {
  return enqueueTask(db, { kind: RETENTION_TASK, runAt, dedupeKey: RETENTION_TASK }, now);
}
