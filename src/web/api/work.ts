// Task (タスク形式) and competition (コンペ形式) work: paying a posting's budget into escrow
// (仮払い) to publish it, task submissions and their judgement (承認・非承認), the result of
// a competition (採用・採用なし) and the member's own work, typed with the shared schemas.
// Every money-moving request carries an Idempotency-Key so a retry never acts twice.

import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { JobDetail } from '../../shared/api/jobs';
import type {
  FeeSchedule as FeeScheduleSchema,
  MyWork as MyWorkSchema,
  SubmissionBody,
  SubmissionList as SubmissionListSchema,
  Submission as SubmissionSchema,
  WorkState as WorkStateSchema,
} from '../../shared/api/work';
import { api } from './client';
import type { FundMethod } from './contracts';

export type { FundMethod };
export type WorkState = z.infer<typeof WorkStateSchema>;
export type WorkMoney = WorkState['money'];
export type TaskState = NonNullable<WorkState['task']>;
export type CompetitionState = NonNullable<WorkState['competition']>;
export type Submission = z.infer<typeof SubmissionSchema>;
export type SubmissionStatus = Submission['status'];
export type SubmissionList = z.infer<typeof SubmissionListSchema>;
export type SubmissionInput = z.input<typeof SubmissionBody>;
export type MyWork = z.infer<typeof MyWorkSchema>;
export type MySubmission = MyWork['submissions'][number];
export type MyEntry = MyWork['entries'][number];
export type EntryResult = MyEntry['result'];
export type FeeSchedule = z.infer<typeof FeeScheduleSchema>;

const jobPath = (id: string) => `/jobs/${encodeURIComponent(id)}`;
const submissionPath = (id: string) => `/task-submissions/${encodeURIComponent(id)}`;

export const workApi = {
  /** Client: pays the whole budget into escrow; by card the posting opens at once. Same key on a retry. */
  fund: (jobId: string, method: FundMethod, idempotencyKey: string) =>
    api.post<JobDetail>(`${jobPath(jobId)}/fund`, { method }, { idempotencyKey }),
  /** Client: calls off a bank transfer that has not arrived yet. */
  cancelDeposit: (jobId: string) => api.post<JobDetail>(`${jobPath(jobId)}/deposit/cancel`, {}),

  /** Every submission for the task's client; one's own for a worker. */
  submissions: (jobId: string) => api.get<SubmissionList>(`${jobPath(jobId)}/submissions`),
  submit: (jobId: string, body: SubmissionInput) => api.post<Submission>(`${jobPath(jobId)}/submissions`, body),
  /** Client: 承認; pays the worker one slot. Same key on a retry. */
  approve: (submissionId: string, idempotencyKey: string) =>
    api.post<SubmissionList>(`${submissionPath(submissionId)}/approve`, {}, { idempotencyKey }),
  /** Client: 非承認 with a reason, within the rejection cap. */
  reject: (submissionId: string, reason: string) =>
    api.post<SubmissionList>(`${submissionPath(submissionId)}/reject`, { reason }),
  /** Worker: takes back a submission not judged yet. */
  withdraw: (submissionId: string) => api.post<SubmissionList>(`${submissionPath(submissionId)}/withdraw`, {}),

  /** Client: 採用; pays the prize to the entry's worker. Same key on a retry. */
  chooseWinner: (jobId: string, entryId: string, idempotencyKey: string) =>
    api.post<JobDetail>(`${jobPath(jobId)}/winner`, { entryId }, { idempotencyKey }),
  /** Client, where the rules allow it: 採用なしで終了; the prize is refunded. Same key on a retry. */
  closeWithoutWinner: (jobId: string, reason: string, idempotencyKey: string) =>
    api.post<JobDetail>(`${jobPath(jobId)}/no-winner`, { reason }, { idempotencyKey }),

  /** The member's task submissions and competition entries. */
  mine: () => api.get<MyWork>('/me/work'),
  /** The service's fee schedule, for estimates before anything is saved. */
  fees: () => api.get<FeeSchedule>('/fees'),
};

export const workQueries = {
  /** The fee schedule changes rarely: one read serves every estimate of the visit. */
  fees: () => queryOptions({ queryKey: ['fees'], queryFn: workApi.fees, staleTime: Number.POSITIVE_INFINITY }),
  submissions: (jobId: string) =>
    queryOptions({ queryKey: ['jobs', jobId, 'submissions'], queryFn: () => workApi.submissions(jobId) }),
  mine: () => queryOptions({ queryKey: ['work'], queryFn: workApi.mine }),
};
