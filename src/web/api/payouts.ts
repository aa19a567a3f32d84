// Payouts: the member's payout requests (振込申請) and the finance staff's payout batches
// (振込管理), typed with the shared schemas. Every money-moving request carries an
// Idempotency-Key so a retry never acts twice.

import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  BuildBatchBody,
  FailPayoutBody,
  MyPayouts as MyPayoutsSchema,
  PayoutBatchList,
  PayoutBatch as PayoutBatchSchema,
  PayoutBody,
  Payout as PayoutSchema,
  StaffPayoutList,
  StaffPayout as StaffPayoutSchema,
} from '../../shared/api/bank';
import { api } from './client';

export type Payout = z.infer<typeof PayoutSchema>;
export type PayoutStatus = Payout['status'];
export type MyPayouts = z.infer<typeof MyPayoutsSchema>;
export type StaffPayout = z.infer<typeof StaffPayoutSchema>;
export type PayoutBatch = z.infer<typeof PayoutBatchSchema>;
export type PayoutBatchSummary = z.infer<typeof PayoutBatchList>['items'][number];
export type PayoutFilter = PayoutStatus | 'all';
export type PayoutInput = z.input<typeof PayoutBody>;

const batchPath = (id: string) => `/staff/payout-batches/${encodeURIComponent(id)}`;
const staffPayoutPath = (id: string) => `/staff/payouts/${encodeURIComponent(id)}`;

export const payoutsApi = {
  /** The balance, the rules and the member's payouts, newest first. */
  mine: () => api.get<MyPayouts>('/me/payouts'),
  request: (body: PayoutInput, idempotencyKey: string) => api.post<Payout>('/me/payouts', body, { idempotencyKey }),

  async staffPayouts(status: PayoutFilter): Promise<StaffPayout[]> {
    return (await api.get<z.infer<typeof StaffPayoutList>>(`/staff/payouts?status=${status}`)).items;
  },
  async batches(): Promise<PayoutBatchSummary[]> {
    return (await api.get<z.infer<typeof PayoutBatchList>>('/staff/payout-batches')).items;
  },
  batch: (id: string) => api.get<PayoutBatch>(batchPath(id)),
  /** Batches every requested payout due on or before the payment date. */
  buildBatch: (body: z.input<typeof BuildBatchBody>, idempotencyKey: string) =>
    api.post<PayoutBatch>('/staff/payout-batches', body, { idempotencyKey }),
  markDone: (id: string, idempotencyKey: string) => api.post<StaffPayout>(`${staffPayoutPath(id)}/done`, {}, { idempotencyKey }),
  markFailed: (id: string, body: z.input<typeof FailPayoutBody>, idempotencyKey: string) =>
    api.post<StaffPayout>(`${staffPayoutPath(id)}/fail`, body, { idempotencyKey }),
  /** The bank's bulk transfer file (全銀フォーマット); a plain link, the session cookie authenticates it. */
  zenginHref: (id: string) => `/api/v1${batchPath(id)}/zengin`,
};

/** The finance staff's queries: the requested payouts with the batches, and one batch. */
export const staffPayoutQueries = {
  overview: () =>
    queryOptions({
      queryKey: ['staff-payouts'],
      queryFn: async () => {
        const [requested, batches] = await Promise.all([payoutsApi.staffPayouts('requested'), payoutsApi.batches()]);
        return { requested, batches };
      },
    }),
  batch: (id: string) => queryOptions({ queryKey: ['staff-payout-batch', id], queryFn: () => payoutsApi.batch(id) }),
};

/** The member's own payouts: the balance, the rules and the requests. */
export const payoutQueries = {
  mine: () => queryOptions({ queryKey: ['my-payouts'], queryFn: payoutsApi.mine }),
};
