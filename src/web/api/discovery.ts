// Discovery endpoints: finding workers.
import { queryOptions } from '@tanstack/react-query';
import type { WorkerSearchResult } from '../../shared/api/discovery';
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

export const discoveryApi = {
  searchWorkers: (params: WorkerSearchParams) => api.get<WorkerSearchResult>(`/workers${workerQuery(params)}`),
};

export const discoveryQueries = {
  workers: (params: WorkerSearchParams) =>
    queryOptions({ queryKey: ['workers', params], queryFn: () => discoveryApi.searchWorkers(params) }),
};

/** The address of the worker search page for these parameters (the same names as the API's). */
export function workersHref(params: WorkerSearchParams): string {
  return `/workers${workerQuery(params)}`;
}
