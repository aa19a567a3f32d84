// Job postings: search, detail, post, edit, and the client's status actions.
import { JobDetail, JobInput, JobSearchQuery, JobSearchResult, MyJobsResult, ReopenBody } from '../../../shared/api/jobs';
import { hasAnyBlock, searcherOf } from '../../blocks/filter';
import { blockedEitherWay } from '../../blocks/queries';
import { TtlCache } from '../../cache/ttl-cache';
import type { Deps } from '../../deps';
import { changeJobStatus } from '../../use-cases/jobs/change-job-status';
import { createJob } from '../../use-cases/jobs/create-job';
import { getJob } from '../../use-cases/jobs/get-job';
import { getWorkState } from '../../use-cases/jobs/get-work-state';
import { listMyJobs } from '../../use-cases/jobs/list-my-jobs';
import { searchJobs } from '../../use-cases/jobs/search-jobs';
import { updateJob } from '../../use-cases/jobs/update-job';
import { IdParams, uuidOr404 } from '../params';
import { requireAuth } from '../plugins/auth';
import { presentJobDetail, presentJobSummary } from '../presenters/jobs';
import { negotiateLang } from '../problem';
import type { App } from './types';

const tags = ['jobs'];
const lang = (headers: { 'accept-language'?: string }) => negotiateLang(headers['accept-language']);

/** Presents one job for its viewer; `fresh` skips the cache (after the viewer changed it). */
type JobView = (jobId: string, viewerId: string | null, l: 'ja' | 'en', fresh?: boolean) => Promise<JobDetail>;

export function jobRoutes(app: App, deps: Deps) {
  // Public answers may be a few seconds old for everyone but the posting's owner.
  const ttl = deps.config.publicCacheSeconds * 1000;
  const detail = cachedJobView(deps, ttl);
  jobReadRoutes(app, deps, { ttl, detail });
  jobWriteRoutes(app, deps, detail);
  jobStatusRoutes(app, deps, detail);
  myJobRoutes(app, deps);
}

function cachedJobView(deps: Deps, ttl: number): JobView {
  const jobCache = new TtlCache<Awaited<ReturnType<typeof getJob>>>(ttl, 5000);
  return async (jobId, viewerId, l, fresh = false) => {
    const cached = fresh ? undefined : jobCache.get(jobId);
    const job = cached && cached.client_id !== viewerId ? cached : await getJob(deps.db, jobId, viewerId);
    if (job.status === 'open' || job.status === 'closed') jobCache.set(jobId, job);
    else jobCache.delete(jobId);
    const view = presentJobDetail(job, l, viewerId, await getWorkState(deps, job, viewerId));
    if (viewerId && viewerId !== job.client_id)
      view.viewer.unavailable = await blockedEitherWay(deps.db, viewerId, job.client_id);
    return view;
  };
}

/** Searching open jobs and one job: public, served from short caches. */
function jobReadRoutes(app: App, deps: Deps, { ttl, detail }: { ttl: number; detail: JobView }) {
  const searchCache = new TtlCache<Awaited<ReturnType<typeof searchJobs>>>(ttl, 500);

  app.get(
    '/api/v1/jobs',
    {
      config: { auth: 'optional' },
      schema: { tags, summary: 'Search open jobs', querystring: JobSearchQuery, response: { 200: JobSearchResult } },
    },
    async (request) => {
      // A member with a block either way gets their own answer (never cached); others the public one.
      const searcher = searcherOf(request.auth);
      const result =
        searcher && (await hasAnyBlock(deps.db, searcher))
          ? await searchJobs(deps.db, request.query, searcher, deps.clock())
          : await searchCache.getOrSet(JSON.stringify(request.query), () =>
              searchJobs(deps.db, request.query, null, deps.clock()),
            );
      const l = lang(request.headers);
      return {
        ...result,
        items: result.items.map((j) => presentJobSummary(j, l)),
        page: request.query.page,
        perPage: request.query.perPage,
      };
    },
  );

  app.get(
    '/api/v1/jobs/:id',
    { config: { auth: 'optional' }, schema: { tags, summary: 'One job', params: IdParams, response: { 200: JobDetail } } },
    async (request) => detail(uuidOr404(request.params.id), request.auth?.user.id ?? null, lang(request.headers)),
  );
}

/** Posting and editing a job (its client). */
function jobWriteRoutes(app: App, deps: Deps, detail: JobView) {
  app.post(
    '/api/v1/jobs',
    {
      config: { screening: 'job.create' },
      schema: { tags, summary: 'Post a job (draft or published)', body: JobInput, response: { 201: JobDetail } },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const id = await createJob(deps, { clientId: user.id, job: request.body });
      return reply.code(201).send(await detail(id, user.id, lang(request.headers), true));
    },
  );

  app.patch(
    '/api/v1/jobs/:id',
    {
      config: { screening: 'job.update' },
      schema: { tags, summary: 'Edit a draft or open job', params: IdParams, body: JobInput, response: { 200: JobDetail } },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const jobId = uuidOr404(request.params.id);
      await updateJob(deps, { clientId: user.id, jobId, job: request.body });
      return detail(jobId, user.id, lang(request.headers), true);
    },
  );
}

/** The client's status actions: publish, close, cancel, reopen. */
function jobStatusRoutes(app: App, deps: Deps, detail: JobView) {
  for (const action of ['publish', 'close', 'cancel'] as const) {
    app.post(
      `/api/v1/jobs/:id/${action}`,
      { schema: { tags, summary: `${action} a job`, params: IdParams, response: { 200: JobDetail } } },
      async (request) => {
        const { user } = requireAuth(request);
        const jobId = uuidOr404(request.params.id);
        await changeJobStatus(deps, { clientId: user.id, jobId, action });
        return detail(jobId, user.id, lang(request.headers), true);
      },
    );
  }

  app.post(
    '/api/v1/jobs/:id/reopen',
    {
      schema: {
        tags,
        summary: 'Reopen a closed job with a new deadline',
        params: IdParams,
        body: ReopenBody,
        response: { 200: JobDetail },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const jobId = uuidOr404(request.params.id);
      await changeJobStatus(deps, { clientId: user.id, jobId, action: 'reopen', deadline: request.body.deadline });
      return detail(jobId, user.id, lang(request.headers), true);
    },
  );
}

function myJobRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/me/jobs',
    { schema: { tags, summary: 'My postings (as a client)', response: { 200: MyJobsResult } } },
    async (request) => {
      const { user } = requireAuth(request);
      const l = lang(request.headers);
      const rows = await listMyJobs(deps.db, user.id);
      return {
        items: rows.map((r) => ({
          ...presentJobSummary(r, l),
          applicationCount: r.application_count,
          submissionCount: r.submission_count,
          pendingCount: r.pending_count,
          entryCount: r.entry_count,
        })),
      };
    },
  );
}
