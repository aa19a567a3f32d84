// Automatic payouts (自動出金), the payment dates under the 60-day rule, the legal name and
// address for the 支払調書, and the yearly payment records, typed with the shared schemas.
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  PayeeIdentity as PayeeIdentitySchema,
  PaymentRecords as PaymentRecordsSchema,
  PayoutSettings as PayoutSettingsSchema,
} from '../../shared/api/payout-settings';
import { api } from './client';

export type PayoutSettings = z.infer<typeof PayoutSettingsSchema>;
export type PayeeIdentity = z.infer<typeof PayeeIdentitySchema>;
export type PaymentRecords = z.infer<typeof PaymentRecordsSchema>;
export type PaymentRecord = PaymentRecords['received'][number];

export const payoutSettingsApi = {
  get: () => api.get<PayoutSettings>('/me/payout-settings'),
  set: (automatic: boolean) => api.put<PayoutSettings>('/me/payout-settings', { automatic }),
  payee: () => api.get<PayeeIdentity>('/me/payee-identity'),
  setPayee: (body: { legalName: string; address: string }) => api.put<PayeeIdentity>('/me/payee-identity', body),
  records: (year: number) => api.get<PaymentRecords>(`/me/payment-records?year=${year}`),
};

export const payoutSettingsQueries = {
  settings: () => queryOptions({ queryKey: ['me', 'payout-settings'], queryFn: payoutSettingsApi.get }),
  payee: () => queryOptions({ queryKey: ['me', 'payee-identity'], queryFn: payoutSettingsApi.payee }),
  records: (year: number) =>
    queryOptions({ queryKey: ['me', 'payment-records', year], queryFn: () => payoutSettingsApi.records(year) }),
};

/** '2026-04-30' as 「2026年4月30日」 (a date of the schedule, not a moment). */
export function japaneseDate(date: string): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}
