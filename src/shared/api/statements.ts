// Statements: the receipt and payment notice of a contract, the monthly statement
// (取引明細), the earnings balance, a member's reviews, and the yearly payment summary.
import { z } from 'zod';
import { PARTY_ROLES } from '../../domain/contracts/process';
import { Review } from './contracts';
import { isoMonth } from './fields';

export const StatementParty = z.object({ username: z.string(), displayName: z.string() });
export const ContractStatement = z.object({
  kind: z.enum(['receipt', 'payment_notice']),
  contractId: z.string(),
  title: z.string(),
  issuedAt: z.string(),
  client: StatementParty,
  worker: StatementParty,
  lines: z.array(
    z.object({
      milestone: z.string(),
      date: z.string(),
      /** receipt: paid into escrow / refunded; payment notice: paid / settled */
      kind: z.string(),
      amount: z.number().int(),
      tax: z.number().int(),
      fee: z.number().int(),
      feeTax: z.number().int(),
      withholding: z.number().int(),
      total: z.number().int(),
    }),
  ),
  total: z.number().int(),
  platform: z.object({ name: z.string(), invoiceNumber: z.string().nullable() }),
});
export const MonthlyStatement = z.object({
  month: z.string(),
  lines: z.array(
    z.object({
      date: z.string(),
      kind: z.string(),
      label: z.string(),
      contractId: z.string().nullable(),
      /** Task and competition lines name their posting instead of a contract. */
      jobId: z.string().nullable(),
      title: z.string(),
      /** Positive: money to the user's earnings or back to them; negative: money they paid. */
      amount: z.number().int(),
    }),
  ),
  totals: z.object({ earned: z.number().int(), paid: z.number().int(), refunded: z.number().int() }),
  earningsBalance: z.number().int(),
});
export const MonthQuery = z.object({
  month: isoMonth.optional(),
});
export const Earnings = z.object({ balance: z.number().int() });

export const ProfileReviews = z.object({
  count: z.number().int(),
  average: z.number().nullable(),
  averages: z
    .object({ skill: z.number(), quality: z.number(), schedule: z.number(), communication: z.number(), partnership: z.number() })
    .partial()
    .nullable(),
  items: z.array(Review.extend({ contractTitle: z.string(), reviewee: z.enum(PARTY_ROLES) })),
});

/** The year's payments to a worker, for their tax return (支払調書に相当する年間の支払明細). */
export const YearlySummary = z.object({
  year: z.number().int(),
  lines: z.array(
    z.object({
      date: z.string(),
      contractId: z.string().nullable(),
      /** Task and competition work names its posting instead of a contract. */
      jobId: z.string().nullable(),
      title: z.string(),
      client: z.string(),
      /** Fee for the work, tax included (支払金額). */
      gross: z.number().int(),
      tax: z.number().int(),
      withholding: z.number().int(),
      /** System fee with its tax. */
      fees: z.number().int(),
      net: z.number().int(),
    }),
  ),
  totals: z.object({
    gross: z.number().int(),
    tax: z.number().int(),
    withholding: z.number().int(),
    fees: z.number().int(),
    net: z.number().int(),
    /** Transferred to the bank account during the year, and the payout fees. */
    paidOut: z.number().int(),
    payoutFees: z.number().int(),
  }),
});
export const YearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
