// Saved searches (保存した検索条件): save the search one is looking at, list, rename,
// turn notices on or off, delete. Another member's search is 404.
import { SAVED_SEARCH_LIMITS } from '../../../domain/discovery/saved-searches';
import { Ok } from '../../../shared/api/accounts';
import {
  SavedSearch,
  SavedSearchInput,
  SavedSearchList,
  SavedSearchParams,
  SavedSearchPatch,
} from '../../../shared/api/saved-searches';
import type { Deps } from '../../deps';
import { deleteSavedSearch } from '../../use-cases/discovery/delete-saved-search';
import { listSavedSearches } from '../../use-cases/discovery/list-saved-searches';
import { saveSearch } from '../../use-cases/discovery/save-search';
import { updateSavedSearch } from '../../use-cases/discovery/update-saved-search';
import { requireAuth } from '../plugins/auth';
import { presentSavedSearch } from '../presenters/saved-searches';
import type { App } from './types';

const tags = ['discovery'];

export function savedSearchRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/me/saved-searches',
    { schema: { tags, summary: 'My saved searches', response: { 200: SavedSearchList } } },
    async (request) => {
      const { user } = requireAuth(request);
      const rows = await listSavedSearches(deps.db, user.id);
      return { items: rows.map(presentSavedSearch), max: SAVED_SEARCH_LIMITS.perMember };
    },
  );
  app.post(
    '/api/v1/saved-searches',
    { schema: { tags, summary: 'Save a job or service search', body: SavedSearchInput, response: { 201: SavedSearch } } },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const row = await saveSearch(deps, { userId: user.id, search: request.body });
      return reply.code(201).send(presentSavedSearch(row));
    },
  );
  app.patch(
    '/api/v1/saved-searches/:id',
    {
      schema: {
        tags,
        summary: 'Rename a saved search or turn its notices on or off',
        params: SavedSearchParams,
        body: SavedSearchPatch,
        response: { 200: SavedSearch },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const row = await updateSavedSearch(deps, { userId: user.id, id: request.params.id, patch: request.body });
      return presentSavedSearch(row);
    },
  );
  app.delete(
    '/api/v1/saved-searches/:id',
    { schema: { tags, summary: 'Delete a saved search', params: SavedSearchParams, response: { 200: Ok } } },
    async (request) => {
      const { user } = requireAuth(request);
      await deleteSavedSearch(deps, { userId: user.id, id: request.params.id });
      return { ok: true as const };
    },
  );
}
