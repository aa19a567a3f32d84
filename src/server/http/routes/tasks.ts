// Task and competition work: paying a posting's escrow to publish it, task submissions
// and their judgement, and the end of a competition.
import type { z } from 'zod';
import { JobDetail } from '../../../shared/api/jobs';
import {
  FeeSchedule,
  JobFundBody,
  MyWork,
  NoWinnerBody,
  RejectBody,
  Submission,
  SubmissionBody,
  SubmissionList,
  WinnerBody,
} from '../../../shared/api/work';
import type { Deps } from '../../deps';
import { chooseWinner } from '../../use-cases/competitions/choose-winner';
import { closeWithoutWinner } from '../../use-cases/competitions/close-without-winner';
import { cancelJobDeposit } from '../../use-cases/jobs/cancel-job-deposit';
import { fundJob } from '../../use-cases/jobs/fund-job';
import { getJob } from '../../use-cases/jobs/get-job';
import { getWorkState } from '../../use-cases/jobs/get-work-state';
import { listMyWork } from '../../use-cases/jobs/list-my-work';
import { approveSubmission } from '../../use-cases/tasks/approve-submission';
import { listSubmissions } from '../../use-cases/tasks/list-submissions';
import { rejectSubmission } from '../../use-cases/tasks/reject-submission';
import { submitTask } from '../../use-cases/tasks/submit-task';
import { withdrawSubmission } from '../../use-cases/tasks/withdraw-submission';
import { idempotent } from '../idempotency';
import { IdParams, uuidOr404 } from '../params';
import { requireAuth } from '../plugins/auth';
import { presentJobDetail } from '../presenters/jobs';
import { presentSubmissionList } from '../presenters/tasks';
import { negotiateLang } from '../problem';
import type { App } from './types';

const tags = ['work'];

export function taskRoutes(app: App, deps: Deps) {
  postingEscrowRoutes(app, deps);
  submissionRoutes(app, deps);
  judgingRoutes(app, deps);
  competitionRoutes(app, deps);
  myWorkRoutes(app, deps);
}

/** The job as its viewer sees it after a change to its work. */
const jobView = async (d: Deps, jobId: string, viewerId: string, acceptLanguage: string | undefined) => {
  const job = await getJob(d.db, jobId, viewerId);
  return presentJobDetail(job, negotiateLang(acceptLanguage), viewerId, await getWorkState(d, job, viewerId));
};

/** A task's submissions as the viewer may see them. */
const submissionsView = async (
  d: Deps,
  viewerId: string,
  jobId: string,
  acceptLanguage: string | undefined,
): Promise<z.infer<typeof SubmissionList>> => {
  const list = await listSubmissions(d.db, { viewerId, jobId });
  return presentSubmissionList(list, d.config.taskRejectLimit, negotiateLang(acceptLanguage));
};

/** Paying a task's or competition's budget into escrow, and calling off a transfer. */
function postingEscrowRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/jobs/:id/fund',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Pay a task’s or competition’s budget into escrow to publish it (仮払い); Idempotency-Key',
        params: IdParams,
        body: JobFundBody,
        response: { 200: JobDetail },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const jobId = uuidOr404(request.params.id);
      return idempotent(deps, request, reply, user.id, async (d) => {
        await fundJob(d, { clientId: user.id, jobId, method: request.body.method });
        return { status: 200, body: await jobView(d, jobId, user.id, request.headers['accept-language']) };
      });
    },
  );

  app.post(
    '/api/v1/jobs/:id/deposit/cancel',
    {
      schema: {
        tags,
        summary: 'Call off a bank transfer for a posting’s escrow not yet confirmed',
        params: IdParams,
        response: { 200: JobDetail },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const jobId = uuidOr404(request.params.id);
      await cancelJobDeposit(deps, { clientId: user.id, jobId });
      return jobView(deps, jobId, user.id, request.headers['accept-language']);
    },
  );
}

/** A task's submissions: the list, submitting work. */
function submissionRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/jobs/:id/submissions',
    {
      schema: {
        tags,
        summary: 'Submissions of a task (all for its client, one’s own for a worker)',
        params: IdParams,
        response: { 200: SubmissionList },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      return submissionsView(deps, user.id, uuidOr404(request.params.id), request.headers['accept-language']);
    },
  );

  app.post(
    '/api/v1/jobs/:id/submissions',
    {
      config: { screening: 'task.submission' },
      schema: {
        tags,
        summary: 'Submit work to a task (no application needed)',
        params: IdParams,
        body: SubmissionBody,
        response: { 201: Submission },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const jobId = uuidOr404(request.params.id);
      const id = await submitTask(deps, { workerId: user.id, jobId, ...request.body });
      const list = await submissionsView(deps, user.id, jobId, request.headers['accept-language']);
      const item = list.items.find((s) => s.id === id);
      if (!item) throw new Error('submission vanished after insert');
      return reply.code(201).send(item);
    },
  );
}

/** Judging a submission (its client), or withdrawing it (its worker). */
function judgingRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/task-submissions/:id/approve',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Approve a submission (承認): pays the worker one slot; Idempotency-Key',
        params: IdParams,
        response: { 200: SubmissionList },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const submissionId = uuidOr404(request.params.id);
      return idempotent(deps, request, reply, user.id, async (d) => {
        const { jobId } = await approveSubmission(d, { clientId: user.id, submissionId });
        return { status: 200, body: await submissionsView(d, user.id, jobId, request.headers['accept-language']) };
      });
    },
  );

  app.post(
    '/api/v1/task-submissions/:id/reject',
    {
      schema: {
        tags,
        summary: 'Reject a submission (非承認) with a reason; capped at a share of the submissions',
        params: IdParams,
        body: RejectBody,
        response: { 200: SubmissionList },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const submissionId = uuidOr404(request.params.id);
      const { jobId } = await rejectSubmission(deps, { clientId: user.id, submissionId, reason: request.body.reason });
      return submissionsView(deps, user.id, jobId, request.headers['accept-language']);
    },
  );

  app.post(
    '/api/v1/task-submissions/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw my submission while it is not judged',
        params: IdParams,
        response: { 200: SubmissionList },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const submissionId = uuidOr404(request.params.id);
      const { jobId } = await withdrawSubmission(deps, { workerId: user.id, submissionId });
      return submissionsView(deps, user.id, jobId, request.headers['accept-language']);
    },
  );
}

/** The end of a competition: a winner, or none where its rules allow. */
function competitionRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/jobs/:id/winner',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Choose the winning entry of a competition: pays the prize; Idempotency-Key',
        params: IdParams,
        body: WinnerBody,
        response: { 200: JobDetail },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const jobId = uuidOr404(request.params.id);
      return idempotent(deps, request, reply, user.id, async (d) => {
        await chooseWinner(d, { clientId: user.id, jobId, entryId: request.body.entryId });
        return { status: 200, body: await jobView(d, jobId, user.id, request.headers['accept-language']) };
      });
    },
  );

  app.post(
    '/api/v1/jobs/:id/no-winner',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Close a competition without a winner where its rules allow it: refund, fee kept; Idempotency-Key',
        params: IdParams,
        body: NoWinnerBody,
        response: { 200: JobDetail },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const jobId = uuidOr404(request.params.id);
      return idempotent(deps, request, reply, user.id, async (d) => {
        await closeWithoutWinner(d, { clientId: user.id, jobId, reason: request.body.reason });
        return { status: 200, body: await jobView(d, jobId, user.id, request.headers['accept-language']) };
      });
    },
  );
}

/** My submissions and entries, and the fee schedule. */
function myWorkRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/me/work',
    { schema: { tags, summary: 'My task submissions and competition entries', response: { 200: MyWork } } },
    async (request) => {
      const { user } = requireAuth(request);
      return listMyWork(deps.db, user.id);
    },
  );

  app.get(
    '/api/v1/fees',
    {
      config: { auth: 'public' },
      schema: { tags, summary: 'The fee schedule (rates in parts per million)', response: { 200: FeeSchedule } },
    },
    async () => deps.config.fees,
  );
}
