// Reports (通報), my restrictions and the moderation queue for staff.
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateReportBody,
  DecideReportBody,
  ModerationQueue,
  MyReportList,
  ReportDetail,
  RestrictionInput,
  RestrictionList,
  StaffRestriction,
  StaffRestrictionList,
} from '../../shared/api/moderation';
import { api } from './client';

export type MyReport = z.infer<typeof MyReportList>['items'][number];
export type Restriction = z.infer<typeof RestrictionList>['items'][number];
export type StaffRestrictionView = z.infer<typeof StaffRestriction>;
export type ReportDetailView = z.infer<typeof ReportDetail>;
export type QueueItem = z.infer<typeof ModerationQueue>['items'][number];

const enc = encodeURIComponent;

export const moderationApi = {
  report: (body: z.input<typeof CreateReportBody>) => api.post<{ id: string }>('/reports', body),
  myReports: () => api.get<z.infer<typeof MyReportList>>('/me/reports'),
  myRestrictions: () => api.get<z.infer<typeof RestrictionList>>('/me/restrictions'),
  appeal: (id: string, text: string) => api.post<{ ok: true }>(`/me/restrictions/${enc(id)}/appeal`, { text }),
  queue: (after?: string) =>
    api.get<z.infer<typeof ModerationQueue>>(`/staff/moderation/reports${after ? `?after=${enc(after)}` : ''}`),
  reportDetail: (id: string) => api.get<ReportDetailView>(`/staff/moderation/reports/${enc(id)}`),
  decide: (id: string, body: z.input<typeof DecideReportBody>) =>
    api.post<ReportDetailView>(`/staff/moderation/reports/${enc(id)}/decision`, body),
  userRestrictions: (userId: string) => api.get<z.infer<typeof StaffRestrictionList>>(`/staff/users/${enc(userId)}/restrictions`),
  restrict: (userId: string, body: z.input<typeof RestrictionInput>) =>
    api.post<StaffRestrictionView>(`/staff/users/${enc(userId)}/restrictions`, body),
  lift: (id: string, reason: string) => api.post<StaffRestrictionView>(`/staff/restrictions/${enc(id)}/lift`, { reason }),
  decideAppeal: (id: string, decision: 'upheld' | 'lifted', note: string) =>
    api.post<StaffRestrictionView>(`/staff/restrictions/${enc(id)}/appeal-decision`, { decision, note }),
};

export const moderationQueries = {
  myReports: () => queryOptions({ queryKey: ['my-reports'], queryFn: moderationApi.myReports }),
  myRestrictions: () => queryOptions({ queryKey: ['my-restrictions'], queryFn: moderationApi.myRestrictions }),
  queue: (after?: string) =>
    queryOptions({ queryKey: ['moderation-queue', after ?? ''], queryFn: () => moderationApi.queue(after) }),
  report: (id: string) => queryOptions({ queryKey: ['moderation-report', id], queryFn: () => moderationApi.reportDetail(id) }),
  userRestrictions: (userId: string) =>
    queryOptions({ queryKey: ['user-restrictions', userId], queryFn: () => moderationApi.userRestrictions(userId) }),
};
