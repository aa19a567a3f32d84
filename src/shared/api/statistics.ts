// The staff's statistics (統計): per Japan-time month, members joining and leaving (with
// their reasons), contracts, money through escrow, fees, orders, disputes and reports.
// Aggregates only: no member can be told apart in them.
import { z } from 'zod';
import { isoMonth } from './fields';
import { WITHDRAWAL_REASON_KEYS } from './withdrawal';

/** The longest range one request may ask for, in months. */
export const STATISTICS_MONTHS_MAX = 24;

/** Months between two YYYY-MM values, both included (from ≤ to). */
export function monthSpan(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const StatisticsQuery = z
  .object({
    /** First and last month (YYYY-MM, in Japan), both included; by default the last 12 months. */
    from: isoMonth.optional(),
    to: isoMonth.optional(),
  })
  .superRefine((q, ctx) => {
    // Compared only when both are months (a bad one has its own problem already).
    if (!q.from || !q.to || !MONTH.test(q.from) || !MONTH.test(q.to)) return;
    if (q.from > q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'month-range' });
    else if (monthSpan(q.from, q.to) > STATISTICS_MONTHS_MAX)
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'month-span' });
  });
export type StatisticsQuery = z.infer<typeof StatisticsQuery>;

/** Reasons as members chose them on the withdrawal page; "none" when they chose nothing. */
export const WITHDRAWAL_REASON_STAT_KEYS = [...WITHDRAWAL_REASON_KEYS, 'none'] as const;
export type WithdrawalReasonStat = (typeof WITHDRAWAL_REASON_STAT_KEYS)[number];

/** One count per reason, each key named (an object, so the API document lists them). */
const ReasonCounts = z.object(
  Object.fromEntries(WITHDRAWAL_REASON_STAT_KEYS.map((key) => [key, z.number().int()])) as Record<
    WithdrawalReasonStat,
    z.ZodNumber
  >,
);

export const StatisticsMonth = z.object({
  month: z.string(),
  newMembers: z.number().int(),
  withdrawals: z.number().int(),
  /** How many withdrawals gave each reason (a withdrawal may give several). */
  withdrawalReasons: ReasonCounts,
  /** Contracts in progress at any time in the month (started, not ended before it began). */
  activeContracts: z.number().int(),
  /** Yen paid into escrow (milestones and task or competition budgets). */
  fundedYen: z.number().int(),
  /** Yen released from escrow to workers, fees, tax and withholding (refunds excluded). */
  releasedYen: z.number().int(),
  /** Yen entered on the platform's fee account (contract, order, tip and transfer fees, tax excluded). */
  feesYen: z.number().int(),
  serviceOrders: z.number().int(),
  disputesOpened: z.number().int(),
  /** Disputes opened ÷ active contracts; null when no contract was active. */
  disputeRate: z.number().nullable(),
  /** Reports (通報) made in the month; the type keeps null for a figure a deployment does not record. */
  reports: z.number().int().nullable(),
  /** Reports ÷ active contracts, as the dispute rate; null when reports are not recorded or no contract was active. */
  reportRate: z.number().nullable(),
});
export type StatisticsMonth = z.infer<typeof StatisticsMonth>;

export const StatisticsReport = z.object({
  from: z.string(),
  to: z.string(),
  months: z.array(StatisticsMonth),
});
export type StatisticsReport = z.infer<typeof StatisticsReport>;
