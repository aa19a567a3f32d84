// Applications (応募): apply, the client's applicant list, the worker's list, decisions.
import { Application, ApplicationList, ApplyBody, DeclineBody, ShortlistBody } from '../../../shared/api/applications';
import { attachmentsOf, presentAttachment } from '../../attachments/attachments';
import type { Deps } from '../../deps';
import { applyToJob } from '../../use-cases/applications/apply-to-job';
import { decideApplication } from '../../use-cases/applications/decide-application';
import { getApplication } from '../../use-cases/applications/get-application';
import { listJobApplications } from '../../use-cases/applications/list-job-applications';
import { listMyApplications } from '../../use-cases/applications/list-my-applications';
import { shortlistApplication } from '../../use-cases/applications/shortlist-application';
import { IdParams, uuidOr404 } from '../params';
import { requireAuth } from '../plugins/auth';
import { presentApplication } from '../presenters/applications';
import { negotiateLang } from '../problem';
import type { App } from './types';

const tags = ['applications'];

/** One application as its viewer sees it, with its files. */
type ApplicationView = (viewerId: string, applicationId: string, acceptLanguage: string | undefined) => Promise<Application>;

export function applicationRoutes(app: App, deps: Deps) {
  const one: ApplicationView = async (viewerId, applicationId, acceptLanguage) => {
    const application = await getApplication(deps.db, { viewerId, applicationId });
    const files = (await attachmentsOf(deps.db, { application_ids: [applicationId] })).map(presentAttachment);
    return presentApplication(application, negotiateLang(acceptLanguage), viewerId, files);
  };
  applyRoutes(app, deps, one);
  applicationReadRoutes(app, deps, one);
  decisionRoutes(app, deps, one);
}

/** Applying to a job, and the job's applicants for its client. */
function applyRoutes(app: App, deps: Deps, one: ApplicationView) {
  app.post(
    '/api/v1/jobs/:id/applications',
    {
      config: { screening: 'application' },
      schema: { tags, summary: 'Apply to a project job', params: IdParams, body: ApplyBody, response: { 201: Application } },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const id = await applyToJob(deps, { workerId: user.id, jobId: uuidOr404(request.params.id), application: request.body });
      return reply.code(201).send(await one(user.id, id, request.headers['accept-language']));
    },
  );

  app.get(
    '/api/v1/jobs/:id/applications',
    {
      schema: {
        tags,
        summary: "Applicants of my job (the job's client only)",
        params: IdParams,
        response: { 200: ApplicationList },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const rows = await listJobApplications(deps.db, { clientId: user.id, jobId: uuidOr404(request.params.id) });
      const lang = negotiateLang(request.headers['accept-language']);
      const files = await attachmentsOf(deps.db, { application_ids: rows.map((a) => a.id) });
      return {
        items: rows.map((a) =>
          presentApplication(a, lang, user.id, files.filter((f) => f.application_id === a.id).map(presentAttachment)),
        ),
      };
    },
  );
}

/** My applications as a worker, and one application. */
function applicationReadRoutes(app: App, deps: Deps, one: ApplicationView) {
  app.get(
    '/api/v1/me/applications',
    { schema: { tags, summary: 'My applications (as a worker)', response: { 200: ApplicationList } } },
    async (request) => {
      const { user } = requireAuth(request);
      const lang = negotiateLang(request.headers['accept-language']);
      return { items: (await listMyApplications(deps.db, user.id)).map((a) => presentApplication(a, lang, user.id)) };
    },
  );

  app.get(
    '/api/v1/applications/:id',
    {
      schema: {
        tags,
        summary: 'One application (its worker or the job’s client)',
        params: IdParams,
        response: { 200: Application },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      return one(user.id, uuidOr404(request.params.id), request.headers['accept-language']);
    },
  );
}

/** Withdrawing (the worker), hiring, declining, shortlisting (the client). */
function decisionRoutes(app: App, deps: Deps, one: ApplicationView) {
  for (const action of ['withdraw', 'hire'] as const) {
    app.post(
      `/api/v1/applications/:id/${action}`,
      {
        schema: {
          tags,
          summary: action === 'withdraw' ? 'Withdraw my application' : 'Hire the applicant',
          params: IdParams,
          response: { 200: Application },
        },
      },
      async (request) => {
        const { user } = requireAuth(request);
        const applicationId = uuidOr404(request.params.id);
        await decideApplication(deps, { actorId: user.id, applicationId, action });
        return one(user.id, applicationId, request.headers['accept-language']);
      },
    );
  }

  app.post(
    '/api/v1/applications/:id/decline',
    { schema: { tags, summary: 'Decline the applicant', params: IdParams, body: DeclineBody, response: { 200: Application } } },
    async (request) => {
      const { user } = requireAuth(request);
      const applicationId = uuidOr404(request.params.id);
      await decideApplication(deps, { actorId: user.id, applicationId, action: 'decline', reason: request.body.reason });
      return one(user.id, applicationId, request.headers['accept-language']);
    },
  );

  app.post(
    '/api/v1/applications/:id/shortlist',
    {
      schema: {
        tags,
        summary: 'Mark or unmark as shortlisted (候補)',
        params: IdParams,
        body: ShortlistBody,
        response: { 200: Application },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const applicationId = uuidOr404(request.params.id);
      await shortlistApplication(deps, { clientId: user.id, applicationId, shortlisted: request.body.shortlisted });
      return one(user.id, applicationId, request.headers['accept-language']);
    },
  );
}
