// Competition entries (コンペ形式の作品応募).
import { Ok } from '../../../shared/api/accounts';
import { Entry, EntryBody, EntryList } from '../../../shared/api/applications';
import type { Deps } from '../../deps';
import { listEntries } from '../../use-cases/competitions/list-entries';
import { submitEntry } from '../../use-cases/competitions/submit-entry';
import { withdrawEntry } from '../../use-cases/competitions/withdraw-entry';
import { IdParams, uuidOr404 } from '../params';
import { requireAuth } from '../plugins/auth';
import { presentParty } from '../presenters/accounts';
import { negotiateLang } from '../problem';
import type { App } from './types';

export function entryRoutes(app: App, deps: Deps) {
  const tags = ['entries'];
  const list = async (viewerId: string, jobId: string, acceptLanguage: string | undefined) => {
    const lang = negotiateLang(acceptLanguage);
    return (await listEntries(deps.db, { viewerId, jobId })).map((e) => ({
      id: e.id,
      jobId: e.job_id,
      title: e.title,
      description: e.description,
      status: e.status,
      createdAt: e.created_at.toISOString(),
      worker: presentParty({ username: e.username, displayName: e.display_name, status: e.user_status }, lang),
      attachments: e.files,
      viewer: { role: e.role },
    }));
  };

  app.post(
    '/api/v1/jobs/:id/entries',
    {
      config: { screening: 'competition.entry' },
      schema: { tags, summary: 'Enter a work in a competition', params: IdParams, body: EntryBody, response: { 201: Entry } },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const jobId = uuidOr404(request.params.id);
      const id = await submitEntry(deps, { workerId: user.id, jobId, ...request.body });
      const entry = (await list(user.id, jobId, request.headers['accept-language'])).find((e) => e.id === id);
      if (!entry) throw new Error('entry vanished after insert');
      return reply.code(201).send(entry);
    },
  );

  app.get(
    '/api/v1/jobs/:id/entries',
    {
      schema: {
        tags,
        summary: 'Entries of a competition (all for its client, one’s own for a worker)',
        params: IdParams,
        response: { 200: EntryList },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      return { items: await list(user.id, uuidOr404(request.params.id), request.headers['accept-language']) };
    },
  );

  app.post(
    '/api/v1/entries/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw my entry while the competition is open or being decided',
        params: IdParams,
        response: { 200: Ok },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      await withdrawEntry(deps, { workerId: user.id, entryId: uuidOr404(request.params.id) });
      return { ok: true as const };
    },
  );
}
