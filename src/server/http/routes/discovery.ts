// Discovery: finding workers (人材を探す), favourites and saved searches.
import {
  FavouriteParams,
  FavouriteState,
  FavouritesQuery,
  FavouritesResult,
  WorkerSearchQuery,
  WorkerSearchResult,
} from '../../../shared/api/discovery';
import type { Deps } from '../../deps';
import { addFavourite } from '../../use-cases/discovery/add-favourite';
import { getFavourite } from '../../use-cases/discovery/get-favourite';
import { FAVOURITES_PER_PAGE, listFavourites } from '../../use-cases/discovery/list-favourites';
import { removeFavourite } from '../../use-cases/discovery/remove-favourite';
import { searchWorkers } from '../../use-cases/discovery/search-workers';
import { requireAuth } from '../plugins/auth';
import { presentFavourite, presentWorkerCard } from '../presenters/discovery';
import { negotiateLang } from '../problem';
import { savedSearchRoutes } from './saved-searches';
import type { App } from './types';

const tags = ['discovery'];

export function discoveryRoutes(app: App, deps: Deps) {
  workerRoutes(app, deps);
  favouriteRoutes(app, deps);
  favouriteListRoutes(app, deps);
  savedSearchRoutes(app, deps);
}

function workerRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/workers',
    {
      config: { auth: 'optional' },
      schema: {
        tags,
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

/** One favourite: its state, adding and removing it (both idempotent). */
function favouriteRoutes(app: App, deps: Deps) {
  const response = { 200: FavouriteState };
  app.get(
    '/api/v1/favourites/:kind/:id',
    { schema: { tags, summary: 'Whether a job, service or member is a favourite', params: FavouriteParams, response } },
    async (request) => {
      const { user } = requireAuth(request);
      const { kind, id } = request.params;
      return { kind, id, favourite: await getFavourite(deps.db, { userId: user.id, kind, id }) };
    },
  );
  app.put(
    '/api/v1/favourites/:kind/:id',
    { schema: { tags, summary: 'Add a job, service or member to favourites', params: FavouriteParams, response } },
    async (request) => {
      const { user } = requireAuth(request);
      const { kind, id } = request.params;
      await addFavourite(deps, { userId: user.id, kind, id });
      return { kind, id, favourite: true };
    },
  );
  app.delete(
    '/api/v1/favourites/:kind/:id',
    { schema: { tags, summary: 'Remove a job, service or member from favourites', params: FavouriteParams, response } },
    async (request) => {
      const { user } = requireAuth(request);
      const { kind, id } = request.params;
      await removeFavourite(deps, { userId: user.id, kind, id });
      return { kind, id, favourite: false };
    },
  );
}

function favouriteListRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/me/favourites',
    {
      schema: { tags, summary: 'My favourites, newest first', querystring: FavouritesQuery, response: { 200: FavouritesResult } },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const result = await listFavourites(deps.db, { userId: user.id, kind: request.query.kind, page: request.query.page });
      const lang = negotiateLang(request.headers['accept-language']);
      return {
        items: result.items.map((f) => presentFavourite(f, lang)),
        total: result.total,
        page: request.query.page,
        perPage: FAVOURITES_PER_PAGE,
      };
    },
  );
}
