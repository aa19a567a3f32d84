// Screening (直接取引の防止): my held writes, and the staff review of held writes.
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ContactRequestBody,
  ContactRequestList,
  DecideHeldResult,
  HeldItem,
  MyHeldList,
  ScreeningFinding,
  StaffContactRequestList,
  StaffHeldDetail,
  StaffHeldList,
} from '../../shared/api/screening';
import type { Problem } from '../../shared/errors';
import { api } from './client';

export type { HeldItem, ScreeningFinding, StaffHeldDetail };
export type StaffHeldItem = z.infer<typeof StaffHeldList>['items'][number];

/** The findings of a contact-details-detected problem, or none. */
export function findingsOf(problem: Problem | null): ScreeningFinding[] {
  if (problem?.code !== 'contact-details-detected' || !Array.isArray(problem.findings)) return [];
  return problem.findings as ScreeningFinding[];
}

export const screeningApi = {
  myHeldInThread: (threadId: string) =>
    api.get<z.infer<typeof MyHeldList>>(`/me/held-items?targetType=thread&targetId=${encodeURIComponent(threadId)}`),
  staffList: () => api.get<z.infer<typeof StaffHeldList>>('/staff/held-items'),
  staffDetail: (id: string) => api.get<StaffHeldDetail>(`/staff/held-items/${encodeURIComponent(id)}`),
  approve: (id: string, note: string) =>
    api.post<z.infer<typeof DecideHeldResult>>(`/staff/held-items/${encodeURIComponent(id)}/approve`, { note }),
  requestContact: (contractId: string, body: ContactRequestBody) =>
    api.post<unknown>(`/contracts/${encodeURIComponent(contractId)}/contact-requests`, body),
  pendingContacts: () => api.get<z.infer<typeof StaffContactRequestList>>('/staff/contact-requests'),
  decideContact: (id: string, approve: boolean, note: string) =>
    api.post<unknown>(`/staff/contact-requests/${encodeURIComponent(id)}/${approve ? 'approve' : 'reject'}`, { note }),
  contactOf: (contractId: string) => api.get<ContactRequestList>(`/contracts/${encodeURIComponent(contractId)}/contact-requests`),
  reject: (id: string, note: string) =>
    api.post<z.infer<typeof DecideHeldResult>>(`/staff/held-items/${encodeURIComponent(id)}/reject`, { note }),
};

export const screeningQueries = {
  heldInThread: (threadId: string) =>
    queryOptions({ queryKey: ['held', 'thread', threadId], queryFn: () => screeningApi.myHeldInThread(threadId) }),
  staffList: () => queryOptions({ queryKey: ['staff', 'held'], queryFn: screeningApi.staffList }),
  staffDetail: (id: string) => queryOptions({ queryKey: ['staff', 'held', id], queryFn: () => screeningApi.staffDetail(id) }),
};

export const contactQueries = {
  pending: () => queryOptions({ queryKey: ['staff', 'contact-requests'], queryFn: screeningApi.pendingContacts }),
  ofContract: (contractId: string) =>
    queryOptions({ queryKey: ['contact-requests', contractId], queryFn: () => screeningApi.contactOf(contractId) }),
};
