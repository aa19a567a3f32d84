// The staff pages: confirming bank transfers (入金確認) and settling disputes (紛争の裁定).
// Both money-moving requests carry an Idempotency-Key so a retry never acts twice.

import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AuditPage } from '../../shared/api/audit';
import type {
  ConfirmDepositBody,
  SettleDisputeBody,
  StaffDeposit as StaffDepositSchema,
  StaffDisputeList as StaffDisputeListSchema,
  StaffDispute as StaffDisputeSchema,
} from '../../shared/api/staff';
import { api } from './client';

export type StaffDeposit = z.infer<typeof StaffDepositSchema>;
export type StaffDispute = z.infer<typeof StaffDisputeSchema>;
export type StaffDisputeSummary = z.infer<typeof StaffDisputeListSchema>['items'][number];
export type DepositFilter = 'pending' | 'confirmed' | 'all';
export type DisputeFilter = 'open' | 'settled' | 'all';
export type SettleInput = z.input<typeof SettleDisputeBody>;

const depositPath = (id: string) => `/staff/deposits/${encodeURIComponent(id)}`;
const disputePath = (id: string) => `/staff/disputes/${encodeURIComponent(id)}`;

export const staffApi = {
  async deposits(status: DepositFilter): Promise<StaffDeposit[]> {
    return (await api.get<{ items: StaffDeposit[] }>(`/staff/deposits?status=${status}`)).items;
  },
  confirmDeposit: (id: string, body: z.input<typeof ConfirmDepositBody>, idempotencyKey: string) =>
    api.post<StaffDeposit>(`${depositPath(id)}/confirm`, body, { idempotencyKey }),
  async disputes(status: DisputeFilter): Promise<StaffDisputeSummary[]> {
    return (await api.get<{ items: StaffDisputeSummary[] }>(`/staff/disputes?status=${status}`)).items;
  },
  dispute: (id: string) => api.get<StaffDispute>(disputePath(id)),
  settle: (id: string, body: SettleInput, idempotencyKey: string) =>
    api.post<StaffDispute>(`${disputePath(id)}/settle`, body, { idempotencyKey }),
};

export const staffQueries = {
  deposits: (status: DepositFilter) =>
    queryOptions({ queryKey: ['staff-deposits', status], queryFn: () => staffApi.deposits(status) }),
  disputes: (status: DisputeFilter) =>
    queryOptions({ queryKey: ['staff-disputes', status], queryFn: () => staffApi.disputes(status) }),
  dispute: (id: string) => queryOptions({ queryKey: ['staff-dispute', id], queryFn: () => staffApi.dispute(id) }),
};

/** The audit log's filter as the address and the API name it. */
export type AuditFilter = Partial<Record<'actor' | 'action' | 'subjectType' | 'subjectId' | 'from' | 'to' | 'before', string>>;

/** The query string of a filter, empty values left out. */
export function auditSearch(filter: AuditFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export const auditQueries = {
  page: (filter: AuditFilter) =>
    queryOptions({ queryKey: ['staff-audit', filter], queryFn: () => api.get<AuditPage>(`/staff/audit${auditSearch(filter)}`) }),
};
