// Discovery endpoints: finding workers, favourites and saved searches.
import { queryOptions } from '@tanstack/react-query';
import type { FavouriteKind } from '../../domain/discovery/favourites';
import type { FavouritesResult, WorkerSearchResult } from '../../shared/api/discovery';
import type { SavedSearch, SavedSearchList, SavedSearchPatch } from '../../shared/api/saved-searches';
import { api } from './client';

/** Worker search parameters as the API takes them; empty values are left out. */
export interface WorkerSearchParams {
  q?: string;
  skill?: string;
  category?: string;
  prefecture?: string;
  homeOnly?: boolean;
  sort?: string;
  page?: number;
}

function workerQuery(params: WorkerSearchParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '' || value === false) continue;
    query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

type FavouriteState = { kind: FavouriteKind; id: string; favourite: boolean };
const favouritePath = (kind: FavouriteKind, id: string) => `/favourites/${kind}/${encodeURIComponent(id)}`;

export const discoveryApi = {
  searchWorkers: (params: WorkerSearchParams) => api.get<WorkerSearchResult>(`/workers${workerQuery(params)}`),
  favourite: (kind: FavouriteKind, id: string) => api.get<FavouriteState>(favouritePath(kind, id)),
  addFavourite: (kind: FavouriteKind, id: string) => api.put<FavouriteState>(favouritePath(kind, id), {}),
  removeFavourite: (kind: FavouriteKind, id: string) => api.delete<FavouriteState>(favouritePath(kind, id)),
  favourites: (kind: FavouriteKind | '', page: number) =>
    api.get<FavouritesResult>(`/me/favourites?${new URLSearchParams({ ...(kind ? { kind } : {}), page: String(page) })}`),
  savedSearches: () => api.get<SavedSearchList>('/me/saved-searches'),
  /** `query`: the search's parameters as its page's address has them. */
  saveSearch: (body: { kind: 'job' | 'service'; name: string; query: Record<string, string | number> }) =>
    api.post<SavedSearch>('/saved-searches', body),
  updateSavedSearch: (id: string, patch: SavedSearchPatch) =>
    api.patch<SavedSearch>(`/saved-searches/${encodeURIComponent(id)}`, patch),
  deleteSavedSearch: (id: string) => api.delete<{ ok: true }>(`/saved-searches/${encodeURIComponent(id)}`),
};

export const discoveryQueries = {
  workers: (params: WorkerSearchParams) =>
    queryOptions({ queryKey: ['workers', params], queryFn: () => discoveryApi.searchWorkers(params) }),
  favourite: (kind: FavouriteKind, id: string) =>
    queryOptions({ queryKey: ['favourites', kind, id], queryFn: () => discoveryApi.favourite(kind, id) }),
  favourites: (kind: FavouriteKind | '', page: number) =>
    queryOptions({ queryKey: ['favourites', 'list', kind, page], queryFn: () => discoveryApi.favourites(kind, page) }),
  savedSearches: () => queryOptions({ queryKey: ['saved-searches'], queryFn: () => discoveryApi.savedSearches() }),
};

/** The address of the worker search page for these parameters (the same names as the API's). */
export function workersHref(params: WorkerSearchParams): string {
  return `/workers${workerQuery(params)}`;
}
