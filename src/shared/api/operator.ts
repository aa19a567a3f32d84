// Who runs the marketplace (運営者), as the legal pages, the terms and the documents show it.
import { z } from 'zod';

export const OperatorInfo = z.object({
  legalName: z.string(),
  representative: z.string(),
  postalCode: z.string(),
  address: z.string(),
  phone: z.string(),
  email: z.string(),
  /** お問い合わせ受付時間. */
  hours: z.string(),
  /** The operator's 適格請求書発行事業者登録番号; null when it is not a registered issuer. */
  invoiceNumber: z.string().nullable(),
  /** Demo values stand in for the real ones (a development server). */
  demo: z.boolean(),
  /** What the legal pages say about money: how escrow can be paid and what a payout costs. */
  payments: z.object({
    methods: z.array(z.enum(['bank_transfer', 'card', 'konbini'])),
    payoutFee: z.number().int(),
    payoutMinimum: z.number().int(),
  }),
});
export type OperatorInfo = z.infer<typeof OperatorInfo>;
