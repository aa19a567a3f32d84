// Task submissions (タスクの提出): pending until the client approves (the worker is paid
// one unit) or rejects it (within the rejection cap, domain/jobs/work-money.ts), or the
// worker withdraws it. Unjudged submissions of a closed task are approved by themselves.
import type { Transition } from '../process/transitions';

export const TASK_SUBMISSION_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type TaskSubmissionStatus = (typeof TASK_SUBMISSION_STATUSES)[number];
export type TaskSubmissionAction = 'approve' | 'auto_approve' | 'reject' | 'withdraw';

export const TASK_SUBMISSION_TRANSITIONS: readonly Transition<TaskSubmissionStatus, TaskSubmissionAction>[] = [
  { action: 'approve', from: ['pending'], to: 'approved', actors: ['client'] },
  {
    action: 'auto_approve',
    from: ['pending'],
    to: 'approved',
    actors: ['system'],
    timer: 'taskAutoApproveDays after the task closed (judge_by)',
  },
  { action: 'reject', from: ['pending'], to: 'rejected', actors: ['client'] },
  { action: 'withdraw', from: ['pending'], to: 'withdrawn', actors: ['worker'] },
];

/** Who judged a submission. */
export const SUBMISSION_JUDGES = ['client', 'system'] as const;
export type SubmissionJudge = (typeof SUBMISSION_JUDGES)[number];
