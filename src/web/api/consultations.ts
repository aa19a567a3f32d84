// The consultation desk (相談窓口): a member's consultations and staff's queue.
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AnswerConsultationBody,
  MyConsultationList,
  SendConsultationBody,
  StaffConsultation,
  StaffConsultationList,
} from '../../shared/api/consultations';
import { api } from './client';

export type MyConsultationView = z.infer<typeof MyConsultationList>['items'][number];
export type StaffConsultationView = z.infer<typeof StaffConsultation>;
export type ConsultationQueueFilter = 'active' | 'open' | 'in_progress' | 'closed';

const enc = encodeURIComponent;

export const consultationsApi = {
  send: (body: z.input<typeof SendConsultationBody>) => api.post<{ id: string }>('/consultations', body),
  mine: () => api.get<z.infer<typeof MyConsultationList>>('/me/consultations'),
  queue: (status: ConsultationQueueFilter) =>
    api.get<z.infer<typeof StaffConsultationList>>(`/staff/consultations?status=${enc(status)}`),
  detail: (id: string) => api.get<StaffConsultationView>(`/staff/consultations/${enc(id)}`),
  answer: (id: string, body: z.input<typeof AnswerConsultationBody>) =>
    api.post<{ ok: true }>(`/staff/consultations/${enc(id)}/answer`, body),
};

export const consultationQueries = {
  mine: () => queryOptions({ queryKey: ['my-consultations'], queryFn: consultationsApi.mine }),
  queue: (status: ConsultationQueueFilter) =>
    queryOptions({ queryKey: ['consultation-queue', status], queryFn: () => consultationsApi.queue(status) }),
  detail: (id: string) => queryOptions({ queryKey: ['consultation', id], queryFn: () => consultationsApi.detail(id) }),
};
