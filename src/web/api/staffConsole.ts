// The staff's console: finding members, one member's overview, and the statistics.
import { queryOptions } from '@tanstack/react-query';
import type { StaffMemberTrust } from '../../shared/api/staff-member-trust';
import type { StaffUserDetail, StaffUserList } from '../../shared/api/staff-users';
import type { StatisticsReport } from '../../shared/api/statistics';
import { api } from './client';

const monthsQuery = (from: string, to: string) => new URLSearchParams({ from, to }).toString();

/** Where the browser downloads the statistics as CSV (the session cookie goes with it). */
export const statisticsCsvHref = (from: string, to: string) => `/api/v1/staff/statistics.csv?${monthsQuery(from, to)}`;

export const staffConsoleQueries = {
  users: (q: string, page: number) =>
    queryOptions({
      queryKey: ['staff-users', q, page],
      queryFn: () => api.get<StaffUserList>(`/staff/users?${new URLSearchParams({ q, page: String(page) })}`),
    }),
  user: (id: string) =>
    queryOptions({
      queryKey: ['staff-user', id],
      queryFn: () => api.get<StaffUserDetail>(`/staff/users/${encodeURIComponent(id)}`),
    }),
  /** Restrictions, reports about and by the member, flags (support, moderators). */
  trust: (id: string) =>
    queryOptions({
      queryKey: ['staff-user-trust', id],
      queryFn: () => api.get<StaffMemberTrust>(`/staff/users/${encodeURIComponent(id)}/trust`),
      retry: false,
    }),
  statistics: (from: string, to: string) =>
    queryOptions({
      queryKey: ['staff-statistics', from, to],
      queryFn: () => api.get<StatisticsReport>(`/staff/statistics?${monthsQuery(from, to)}`),
    }),
};
