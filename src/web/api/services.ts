// The skill service (出品) endpoints, typed with the shared request and response schemas.

import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ServiceReviewsResult } from '../../shared/api/service-reviews';
import type {
  MyServicesResult,
  ServiceAction,
  ServiceDetail,
  ServiceFeePreview,
  ServiceInput,
  ServiceSearchResult,
  UserServicesResult,
} from '../../shared/api/services';
import { api } from './client';

export type ServiceSearchPage = z.infer<typeof ServiceSearchResult>;
export type ServiceCardData = ServiceSearchPage['items'][number];
export type MyService = z.infer<typeof MyServicesResult>['items'][number];
export type ServiceDetailData = z.infer<typeof ServiceDetail>;
export type ServiceInputBody = z.infer<typeof ServiceInput>;
export type ServiceFees = z.infer<typeof ServiceFeePreview>;
export type ServiceActionName = z.infer<typeof ServiceAction>;
/** The status changes an owner asks for; the others in `actions` are links. */
export type ServiceStatusAction = Extract<ServiceActionName, 'publish' | 'pause' | 'resume' | 'hide'>;

export const SERVICE_STATUS_ACTIONS: readonly ServiceStatusAction[] = ['publish', 'resume', 'pause', 'hide'];

export function isStatusAction(action: ServiceActionName): action is ServiceStatusAction {
  return (SERVICE_STATUS_ACTIONS as readonly string[]).includes(action);
}

/** Search parameters as the API takes them; empty values are left out. */
export interface ServiceSearchParams {
  q?: string;
  category?: string;
  minPrice?: number;
  maxPrice?: number;
  maxDays?: number;
  minRating?: number;
  sort?: string;
  page?: number;
}

export function serviceSearchQuery(params: ServiceSearchParams): string {
  const query = new URLSearchParams();
  for (const key of ['q', 'category', 'minPrice', 'maxPrice', 'maxDays', 'minRating', 'sort', 'page'] as const) {
    const value = params[key];
    if (value !== undefined && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

const path = (id: string) => `/services/${encodeURIComponent(id)}`;

export const servicesApi = {
  search: (params: ServiceSearchParams) => api.get<ServiceSearchPage>(`/services${serviceSearchQuery(params)}`),
  get: (id: string) => api.get<ServiceDetailData>(path(id)),
  create: (body: ServiceInputBody) => api.post<ServiceDetailData>('/services', body),
  update: (id: string, body: ServiceInputBody) => api.patch<ServiceDetailData>(path(id), body),
  changeStatus: (id: string, action: ServiceStatusAction) => api.post<ServiceDetailData>(`${path(id)}/status`, { action }),
  reviews: (id: string, page: number) => api.get<ServiceReviewsResult>(`${path(id)}/reviews?page=${page}`),
  feePreview: (price: number) => api.get<ServiceFees>(`/services/fee-preview?price=${price}`),
  async mine(): Promise<MyService[]> {
    const res = await api.get<z.infer<typeof MyServicesResult>>('/me/services');
    return res.items;
  },
  async ofUser(username: string): Promise<ServiceCardData[]> {
    const res = await api.get<z.infer<typeof UserServicesResult>>(`/users/${encodeURIComponent(username)}/services`);
    return res.items;
  },
};

/** What pages show of services; a saved service replaces its `detail` in the cache. */
export const serviceQueries = {
  all: () => ['services'] as const,
  detail: (id: string) => queryOptions({ queryKey: ['services', id], queryFn: () => servicesApi.get(id) }),
  search: (params: ServiceSearchParams) =>
    queryOptions({ queryKey: ['services', 'search', params], queryFn: () => servicesApi.search(params) }),
  mine: () => queryOptions({ queryKey: ['services', 'mine'], queryFn: servicesApi.mine }),
  reviews: (id: string, page: number) =>
    queryOptions({ queryKey: ['services', id, 'reviews', page], queryFn: () => servicesApi.reviews(id, page) }),
  ofUser: (username: string) =>
    queryOptions({ queryKey: ['services', 'user', username], queryFn: () => servicesApi.ofUser(username) }),
  /** The split of one price never changes while the page is open. */
  feePreview: (price: number) =>
    queryOptions({
      queryKey: ['services', 'fee-preview', price],
      queryFn: () => servicesApi.feePreview(price),
      staleTime: Number.POSITIVE_INFINITY,
    }),
};
