// Discovery: finding workers (人材を探す).
import { WorkerSearchQuery, WorkerSearchResult } from '../../../shared/api/discovery';
import type { Deps } from '../../deps';
import { searchWorkers } from '../../use-cases/discovery/search-workers';
import { presentWorkerCard } from '../presenters/discovery';
import type { App } from './types';

export function discoveryRoutes(app: App, deps: Deps) {
  workerRoutes(app, deps);
}

function workerRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/workers',
    {
      config: { auth: 'optional' },
      schema: {
        tags: ['discovery'],
        summary: 'Find workers',
        querystring: WorkerSearchQuery,
        response: { 200: WorkerSearchResult },
      },
    },
    async (request) => {
      const user = request.auth?.user;
      const result = await searchWorkers(deps.db, {
        query: request.query,
        viewer: user ? { id: user.id, active: user.status === 'active' } : null,
      });
      return {
        items: result.items.map((r) => ({ ...presentWorkerCard(r), actions: r.actions })),
        total: result.total,
        page: request.query.page,
        perPage: request.query.perPage,
      };
    },
  );
}
