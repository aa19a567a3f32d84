// Applications (応募), offers (スカウト) and competition entries (コンペ作品), typed with the
// shared request and response schemas.

import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Application,
  ApplicationList,
  ApplyBody,
  EntryList,
  Entry as EntrySchema,
  Offer,
  OfferList as OfferListSchema,
} from '../../shared/api/applications';
import { api } from './client';

export type { Application, Offer };
export type ApplicationStatus = Application['status'];
export type OfferStatus = Offer['status'];
export type Entry = z.infer<typeof EntrySchema>;
export type OfferList = z.infer<typeof OfferListSchema>;
export type ApplyInput = z.input<typeof ApplyBody>;

const jobPath = (id: string) => `/jobs/${encodeURIComponent(id)}`;
const applicationPath = (id: string) => `/applications/${encodeURIComponent(id)}`;
const offerPath = (id: string) => `/offers/${encodeURIComponent(id)}`;

export const applicationsApi = {
  apply: (jobId: string, body: ApplyInput) => api.post<Application>(`${jobPath(jobId)}/applications`, body),
  /** The applicants of a job; its client only. */
  async forJob(jobId: string): Promise<Application[]> {
    return (await api.get<z.infer<typeof ApplicationList>>(`${jobPath(jobId)}/applications`)).items;
  },
  /** The worker's own applications. */
  async mine(): Promise<Application[]> {
    return (await api.get<z.infer<typeof ApplicationList>>('/me/applications')).items;
  },
  get: (id: string) => api.get<Application>(applicationPath(id)),
  withdraw: (id: string) => api.post<Application>(`${applicationPath(id)}/withdraw`, {}),
  hire: (id: string) => api.post<Application>(`${applicationPath(id)}/hire`, {}),
  decline: (id: string, reason: string | null) => api.post<Application>(`${applicationPath(id)}/decline`, { reason }),
  shortlist: (id: string, shortlisted: boolean) => api.post<Application>(`${applicationPath(id)}/shortlist`, { shortlisted }),
};

export const applicationQueries = {
  mine: () => queryOptions({ queryKey: ['applications'], queryFn: applicationsApi.mine }),
  detail: (id: string) => queryOptions({ queryKey: ['applications', id], queryFn: () => applicationsApi.get(id) }),
  forJob: (jobId: string) =>
    queryOptions({ queryKey: ['jobs', jobId, 'applications'], queryFn: () => applicationsApi.forJob(jobId) }),
};

export const offersApi = {
  /** `amount`: the fee proposed in yen before tax; null leaves it to the job's budget. */
  send: (jobId: string, body: { username: string; message: string; amount?: number | null }) =>
    api.post<Offer>(`${jobPath(jobId)}/offers`, body),
  mine: () => api.get<OfferList>('/me/offers'),
  get: (id: string) => api.get<Offer>(offerPath(id)),
  accept: (id: string) => api.post<Offer>(`${offerPath(id)}/accept`, {}),
  decline: (id: string, reason: string | null) => api.post<Offer>(`${offerPath(id)}/decline`, { reason }),
  cancel: (id: string) => api.post<Offer>(`${offerPath(id)}/cancel`, {}),
};

export const offerQueries = {
  mine: () => queryOptions({ queryKey: ['offers'], queryFn: offersApi.mine }),
  detail: (id: string) => queryOptions({ queryKey: ['offers', id], queryFn: () => offersApi.get(id) }),
};

export const entriesApi = {
  submit: (jobId: string, body: { title: string; description: string; attachmentIds: string[] }) =>
    api.post<Entry>(`${jobPath(jobId)}/entries`, body),
  /** Every entry for the competition's client; one's own entries for anyone else. */
  async forJob(jobId: string): Promise<Entry[]> {
    return (await api.get<z.infer<typeof EntryList>>(`${jobPath(jobId)}/entries`)).items;
  },
  withdraw: (id: string) => api.post<unknown>(`/entries/${encodeURIComponent(id)}/withdraw`, {}),
};

export const entryQueries = {
  forJob: (jobId: string) => queryOptions({ queryKey: ['jobs', jobId, 'entries'], queryFn: () => entriesApi.forJob(jobId) }),
};
