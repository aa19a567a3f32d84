// The job posting (仕事) endpoints, typed with the shared request and response schemas.

import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { JobDetail, JobInput, JobSearchResult, MyJobsResult } from '../../shared/api/jobs';
import { api } from './client';

export type JobSearchPage = z.infer<typeof JobSearchResult>;
export type MyJob = z.infer<typeof MyJobsResult>['items'][number];

/** Search parameters as the API takes them; empty values are left out. */
export interface JobSearchParams {
  q?: string;
  kind?: string;
  category?: string;
  budgetMin?: number;
  budgetMax?: number;
  tags?: string[];
  deadlineBefore?: string;
  sort?: string;
  page?: number;
  perPage?: number;
}

function searchQuery(params: JobSearchParams): string {
  const query = new URLSearchParams();
  const add = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') query.set(key, String(value));
  };
  add('q', params.q);
  add('kind', params.kind);
  add('category', params.category);
  add('budgetMin', params.budgetMin);
  add('budgetMax', params.budgetMax);
  if (params.tags && params.tags.length > 0) query.set('tags', params.tags.join(','));
  add('deadlineBefore', params.deadlineBefore);
  add('sort', params.sort);
  add('page', params.page);
  add('perPage', params.perPage);
  const text = query.toString();
  return text ? `?${text}` : '';
}

const path = (id: string) => `/jobs/${encodeURIComponent(id)}`;

export const jobsApi = {
  search: (params: JobSearchParams) => api.get<JobSearchPage>(`/jobs${searchQuery(params)}`),
  get: (id: string) => api.get<JobDetail>(path(id)),
  create: (body: JobInput) => api.post<JobDetail>('/jobs', body),
  update: (id: string, body: JobInput) => api.patch<JobDetail>(path(id), body),
  publish: (id: string) => api.post<JobDetail>(`${path(id)}/publish`, {}),
  close: (id: string) => api.post<JobDetail>(`${path(id)}/close`, {}),
  cancel: (id: string) => api.post<JobDetail>(`${path(id)}/cancel`, {}),
  reopen: (id: string, deadline: string) => api.post<JobDetail>(`${path(id)}/reopen`, { deadline }),
  async mine(): Promise<MyJob[]> {
    const res = await api.get<z.infer<typeof MyJobsResult>>('/me/jobs');
    return res.items;
  },
};

/** What pages show of postings; a saved posting replaces its `detail` in the cache. */
export const jobQueries = {
  detail: (id: string) => queryOptions({ queryKey: ['jobs', id], queryFn: () => jobsApi.get(id) }),
  search: (params: JobSearchParams) =>
    queryOptions({ queryKey: ['jobs', 'search', params], queryFn: () => jobsApi.search(params) }),
  mine: () => queryOptions({ queryKey: ['jobs', 'mine'], queryFn: jobsApi.mine }),
};
