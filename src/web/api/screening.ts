// Screening (直接取引の防止): my held writes, and the staff review of held writes.
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  DecideHeldResult,
  HeldItem,
  MyHeldList,
  ScreeningFinding,
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
  reject: (id: string, note: string) =>
    api.post<z.infer<typeof DecideHeldResult>>(`/staff/held-items/${encodeURIComponent(id)}/reject`, { note }),
};

export const screeningQueries = {
  heldInThread: (threadId: string) =>
    queryOptions({ queryKey: ['held', 'thread', threadId], queryFn: () => screeningApi.myHeldInThread(threadId) }),
  staffList: () => queryOptions({ queryKey: ['staff', 'held'], queryFn: screeningApi.staffList }),
  staffDetail: (id: string) => queryOptions({ queryKey: ['staff', 'held', id], queryFn: () => screeningApi.staffDetail(id) }),
};
