// Job postings (仕事 / 案件): the three kinds, their states, and the rules a posting must
// satisfy before it can be published. Pure: `now` is passed in.

import { CONTRACT_AMOUNT_MAX, WORK_BUDGET_MAX } from '../money/limits';
import type { FieldErrorCode } from '../problem-codes';
import type { Transition } from '../process/transitions';

export const JOB_KINDS = ['project', 'task', 'competition'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export const JOB_STATUSES = ['draft', 'open', 'closed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export type JobAction = 'publish' | 'close' | 'reopen' | 'cancel' | 'expire';

/** draft → open (募集中) → closed (募集終了); cancelled while nobody is contracted. */
export const JOB_TRANSITIONS: readonly Transition<JobStatus, JobAction>[] = [
  { action: 'publish', from: ['draft'], to: 'open', actors: ['client'] },
  { action: 'close', from: ['open'], to: 'closed', actors: ['client', 'staff'] },
  { action: 'expire', from: ['open'], to: 'closed', actors: ['system'], timer: "the posting's deadline" },
  { action: 'reopen', from: ['closed'], to: 'open', actors: ['client'] },
  { action: 'cancel', from: ['draft', 'open', 'closed'], to: 'cancelled', actors: ['client', 'staff'] },
];

export const LIMITS = {
  titleMin: 5,
  titleMax: 80,
  descriptionMin: 20,
  descriptionMax: 8000,
  budgetMin: 1000,
  budgetMax: CONTRACT_AMOUNT_MAX,
  hiresMax: 100,
  milestonesMax: 10,
  taskSlotsMax: 10_000,
  /** A task's submissions per worker when the posting does not say (1人あたりの提出上限). */
  taskWorkerLimitDefault: 1,
  taskUnitPriceMin: 5,
  taskUnitPriceMax: 1_000_000,
  /** Slots × unit price: what a task escrows before fees. */
  taskBudgetMax: WORK_BUDGET_MAX,
  prizeMin: 5000,
  prizeMax: 10_000_000,
  /** The application deadline may be at most this many days ahead. */
  deadlineMaxDays: 60,
  tagsMax: 8,
} as const;

export interface PostingDraft {
  kind: JobKind;
  deadline: Date;
  deliveryDate: string | null; // YYYY-MM-DD
  budgetMin: number | null;
  budgetMax: number | null;
  hires: number | null;
  taskSlots: number | null;
  taskUnitPrice: number | null;
  /** Tasks: submissions one worker may make. */
  taskWorkerLimit?: number | null;
  prize: number | null;
}

export interface PostingIssue {
  pointer: string;
  code: FieldErrorCode;
  params?: Record<string, string | number>;
}

/** Cross-field rules a posting must meet to be saved or published. */
/** `checkDeadline`: on publish, and when an open posting is edited. */
export function checkPosting(p: PostingDraft, now: Date, checkDeadline: boolean): PostingIssue[] {
  const issues: PostingIssue[] = [];
  const need = (value: number | null, pointer: string) => {
    if (value === null) issues.push({ pointer, code: 'required' });
  };
  if (p.kind === 'project') {
    need(p.budgetMin, '/budgetMin');
    need(p.budgetMax, '/budgetMax');
    need(p.hires, '/hires');
    if (p.budgetMin !== null && p.budgetMax !== null && p.budgetMin > p.budgetMax) {
      issues.push({ pointer: '/budgetMax', code: 'budget-range' });
    }
  }
  if (p.kind === 'task') {
    need(p.taskSlots, '/taskSlots');
    need(p.taskUnitPrice, '/taskUnitPrice');
    // One worker may not be allowed more submissions than the task has slots.
    if (p.taskSlots !== null && p.taskWorkerLimit != null && p.taskWorkerLimit > p.taskSlots) {
      issues.push({ pointer: '/taskWorkerLimit', code: 'task-worker-limit-over-slots', params: { max: p.taskSlots } });
    }
    if (p.taskSlots !== null && p.taskUnitPrice !== null && p.taskSlots * p.taskUnitPrice > LIMITS.taskBudgetMax) {
      issues.push({
        pointer: '/taskSlots',
        code: 'task-budget-too-big',
        params: { max: LIMITS.taskBudgetMax.toLocaleString('en-US') },
      });
    }
  }
  if (p.kind === 'competition') need(p.prize, '/prize');
  if (checkDeadline) {
    if (p.deadline.getTime() <= now.getTime()) issues.push({ pointer: '/deadline', code: 'deadline-past' });
    if (p.deadline.getTime() > now.getTime() + LIMITS.deadlineMaxDays * 86_400_000) {
      issues.push({ pointer: '/deadline', code: 'deadline-too-far', params: { max: LIMITS.deadlineMaxDays } });
    }
  }
  if (p.deliveryDate && p.deliveryDate < p.deadline.toISOString().slice(0, 10)) {
    issues.push({ pointer: '/deliveryDate', code: 'delivery-before-deadline' });
  }
  return issues;
}

/** What the client will pay at most, for display and (later) escrow. */
export function postingBudgetYen(p: PostingDraft): { min: number; max: number } | null {
  if (p.kind === 'project' && p.budgetMin !== null && p.budgetMax !== null) return { min: p.budgetMin, max: p.budgetMax };
  if (p.kind === 'task' && p.taskSlots !== null && p.taskUnitPrice !== null) {
    const total = p.taskSlots * p.taskUnitPrice;
    return { min: total, max: total };
  }
  if (p.kind === 'competition' && p.prize !== null) return { min: p.prize, max: p.prize };
  return null;
}
