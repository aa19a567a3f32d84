// Every kind of background task and the payload it carries. Enqueuing a task and handling
// it are both checked against this map, and a claimed task's payload is parsed with its
// schema before its handler runs.
import { z } from 'zod';

export const TASK_PAYLOADS = {
  'job.deadline': z.object({ jobId: z.string() }),
  'applications.expire': z.object({ jobId: z.string() }),
  'offer.expire': z.object({ offerId: z.string() }),
  'quote.expire': z.object({ quoteId: z.string() }),
  'milestone.acceptance': z.object({ milestoneId: z.string(), deliveryCount: z.number() }),
  'termination.escalate': z.object({ proposalId: z.string() }),
  'task.auto_approve': z.object({ jobId: z.string() }),
  'competition.selection_due': z.object({ jobId: z.string() }),
  'contract.reviews_reveal': z.object({ contractId: z.string() }),
  'auth.password_reset': z.object({ userId: z.string().nullable() }),
  'withdrawal.retention': z.object({}),
  'saved_search.match': z.object({ kind: z.enum(['job', 'service']), id: z.string() }),
  'saved_search.digest': z.object({}),
  'restriction.end': z.object({ restrictionId: z.string() }),
  'payouts.automatic': z.object({ paymentDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
} as const;

export type TaskKind = keyof typeof TASK_PAYLOADS;

/** The payload of each kind of task. */
export type TaskPayloads = { [K in TaskKind]: z.infer<(typeof TASK_PAYLOADS)[K]> };

/** A handler per kind of task, receiving that kind's payload. */
export type TaskHandlers = {
  [K in TaskKind]: (payload: TaskPayloads[K], now: Date, attempt: { number: number; last: boolean }) => Promise<void>;
};

export const isTaskKind = (kind: string): kind is TaskKind => Object.hasOwn(TASK_PAYLOADS, kind);

export const OFFER_EXPIRE_TASK = 'offer.expire' satisfies TaskKind;
export const QUOTE_EXPIRE_TASK = 'quote.expire' satisfies TaskKind;
export const PASSWORD_RESET_TASK = 'auth.password_reset' satisfies TaskKind;
export const TERMINATION_ESCALATE_TASK = 'termination.escalate' satisfies TaskKind;
