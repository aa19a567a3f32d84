// Task (タスク) and competition (コンペ) work: the posting's escrow, task submissions and
// their judgement, and the end of a competition.
import { z } from 'zod';
import { ENTRY_STATUSES } from '../../domain/competitions/process';
import { PARTY_ROLES } from '../../domain/contracts/process';
import { DEPOSIT_METHODS, DEPOSIT_STATUSES } from '../../domain/deposits/process';
import { COMPETITION_OUTCOMES, JOB_ESCROW_STATUSES } from '../../domain/jobs/escrow-process';
import { SUBMISSION_JUDGES, TASK_SUBMISSION_STATUSES } from '../../domain/tasks/process';
import { AttachmentIds, AttachmentInfo } from './applications';
import { paragraph, uuid } from './fields';

const Party = z.object({ username: z.string(), displayName: z.string(), withdrawn: z.boolean() });

const required = (max: number) => paragraph(max).refine((s) => s.length > 0, { error: 'required' });

/** One unit (a task slot, or the prize) and the whole budget, in yen. */
export const WorkMoney = z.object({
  units: z.number().int(),
  /** Tax included, as posted. */
  unitPrice: z.number().int(),
  unitTax: z.number().int(),
  clientFee: z.number().int(),
  clientFeeTax: z.number().int(),
  /** What the client pays per unit: price + client fee + its tax. */
  unitEscrow: z.number().int(),
  workerFee: z.number().int(),
  workerFeeTax: z.number().int(),
  /** What the worker receives per unit. */
  workerNet: z.number().int(),
  total: z.number().int(),
});

export const WorkState = z.object({
  /** `none`: not paid yet (a draft). */
  escrowStatus: z.enum(['none', ...JOB_ESCROW_STATUSES]),
  money: WorkMoney,
  /** The waiting or confirmed deposit (the posting's owner only). */
  deposit: z
    .object({
      id: z.string(),
      method: z.enum(DEPOSIT_METHODS),
      reference: z.string(),
      amount: z.number().int(),
      status: z.enum(DEPOSIT_STATUSES),
      /** When the client asked to pay this way. */
      createdAt: z.string(),
      /** Where to transfer to (bank transfer waiting). */
      instructions: z.string().nullable(),
    })
    .nullable(),
  task: z
    .object({
      approved: z.number().int(),
      pending: z.number().int(),
      rejected: z.number().int(),
      slotsLeft: z.number().int(),
      /** Submissions not judged by then are approved by themselves (set when the task closes). */
      judgeBy: z.string().nullable(),
      autoApproveDays: z.number().int(),
      rejectLimitPercent: z.number(),
    })
    .nullable(),
  competition: z
    .object({
      entries: z.number().int(),
      entrants: z.number().int(),
      allowNoWinner: z.boolean(),
      selectionDays: z.number().int(),
      selectionDueAt: z.string().nullable(),
      outcome: z.enum(COMPETITION_OUTCOMES).nullable(),
      winnerEntryId: z.string().nullable(),
      /** The chosen entry, shown to everyone once the result is out (the entries stay private). */
      winner: z
        .object({
          title: z.string(),
          /** null when the winner has left the service (shown as 退会済みユーザー). */
          username: z.string().nullable(),
          displayName: z.string().nullable(),
        })
        .nullable(),
      noWinnerReason: z.string().nullable(),
    })
    .nullable(),
});
export type WorkState = z.infer<typeof WorkState>;

export const JobFundBody = z.strictObject({
  method: z.enum(DEPOSIT_METHODS, { error: 'invalid-choice' }),
});

export const SubmissionBody = z.strictObject({
  body: required(4000),
  attachmentIds: AttachmentIds,
});
export const RejectBody = z.strictObject({ reason: required(1000) });
export const WinnerBody = z.strictObject({
  entryId: uuid(),
});
export const NoWinnerBody = z.strictObject({ reason: required(1000) });

export const Submission = z.object({
  id: z.string(),
  jobId: z.string(),
  body: z.string(),
  status: z.enum(TASK_SUBMISSION_STATUSES),
  rejectReason: z.string().nullable(),
  decidedBy: z.enum(SUBMISSION_JUDGES).nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
  worker: Party,
  attachments: z.array(AttachmentInfo),
  /**
   * The client's view: whether this submission may be rejected now, counting the cap per
   * worker as well (a worker already rejected once can be turned down whole while such
   * workers stay within the cap). null for the worker.
   */
  rejectable: z.boolean().nullable(),
});
export type Submission = z.infer<typeof Submission>;

export const SubmissionList = z.object({
  items: z.array(Submission),
  viewer: z.object({ role: z.enum(PARTY_ROLES) }),
  counts: z.object({ pending: z.number().int(), approved: z.number().int(), rejected: z.number().int() }),
  /**
   * Whether the client may reject one more now counting submissions, and if not, after
   * how many more submissions (each item's `rejectable` also counts per worker).
   */
  rejection: z.object({
    limitPercent: z.number(),
    allowedNow: z.boolean(),
    submissionsUntilNext: z.number().int().nullable(),
  }),
  judgeBy: z.string().nullable(),
});
export type SubmissionList = z.infer<typeof SubmissionList>;

/** A worker's task submissions and competition entries, newest first (My page). */
export const MyWork = z.object({
  submissions: z.array(
    z.object({
      id: z.string(),
      job: z.object({ id: z.string(), title: z.string(), status: z.string() }),
      status: z.enum(TASK_SUBMISSION_STATUSES),
      rejectReason: z.string().nullable(),
      decidedBy: z.enum(SUBMISSION_JUDGES).nullable(),
      createdAt: z.string(),
      /** What the approval paid (or will pay) after fees. */
      workerNet: z.number().int(),
      judgeBy: z.string().nullable(),
    }),
  ),
  entries: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      job: z.object({ id: z.string(), title: z.string(), status: z.string() }),
      status: z.enum(ENTRY_STATUSES),
      createdAt: z.string(),
      /** pending until the competition ends; then won, shared (prize split), lost or refunded (no winner / cancelled). */
      result: z.enum(['pending', 'won', 'shared', 'lost', 'no_winner']),
      selectionDueAt: z.string().nullable(),
      /** What this member received for the competition (prize or share, after fees). */
      received: z.number().int(),
    }),
  ),
});

/** The fee schedule this service runs with, so estimates match what will be charged. */
export const FeeSchedule = z.object({
  /** Worker's fee on project work and prizes, by tier (upper bound inclusive; null for the last). */
  workerTiers: z.array(z.object({ upTo: z.number().int().nullable(), rate: z.number().int() })),
  /** Rates in parts per million (5% = 50000). */
  clientRate: z.number().int(),
  taskWorkerRate: z.number().int(),
  /** Seller's fee on a service's tax-included price, by tier; plus consumption tax. */
  serviceSellerTiers: z.array(z.object({ upTo: z.number().int().nullable(), rate: z.number().int() })),
  /** Buyer's fee on a service's tax-included price; plus consumption tax. */
  serviceBuyerRate: z.number().int(),
});
