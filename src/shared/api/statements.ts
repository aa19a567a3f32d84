// Statements: the receipt and payment notice of a contract, the monthly statement
// (取引明細), the earnings balance, a member's reviews, and the yearly payment summary.
import { z } from 'zod';
import { PARTY_ROLES } from '../../domain/contracts/process';
import { Review } from './contracts';
import { isoMonth } from './fields';

export const StatementParty = z.object({ username: z.string(), displayName: z.string() });

/** One rate of a qualified invoice: its total and its tax, rounded once on the document. */
export const RateSummary = z.object({
  ratePercent: z.number(),
  /** True when `total` includes the tax (prices written tax included: tasks and prizes). */
  taxIncluded: z.boolean(),
  total: z.number().int(),
  /** The document's tax at this rate: one rounding (down) per document and rate. */
  tax: z.number().int(),
  /** The sum of the taxes of the lines, as posted per milestone or unit. */
  postedTax: z.number().int(),
  /** tax − postedTax: the rounding difference; the money paid follows the postings. */
  difference: z.number().int(),
});

/** A part of a document with its own issuer: the operator's fees, or the work itself. */
export const InvoicePart = z.object({
  subject: z.enum(['fees', 'work']),
  issuer: z.string(),
  /** The issuer's 適格請求書発行事業者登録番号; null when the issuer is not registered. */
  invoiceNumber: z.string().nullable(),
  /** True when this part is a qualified invoice (適格請求書, or for the work a 仕入明細書 naming the number). */
  qualified: z.boolean(),
  rates: z.array(RateSummary),
});

export const StatementLine = z.object({
  milestone: z.string(),
  date: z.string(),
  /** receipt: paid into escrow / refunded; payment notice: paid / settled / task / prize / share */
  kind: z.string(),
  /** The fee for the work before consumption tax (a refund: negative). */
  amount: z.number().int(),
  tax: z.number().int(),
  fee: z.number().int(),
  feeTax: z.number().int(),
  withholding: z.number().int(),
  /** What withholding was computed on: the fee for the work before consumption tax; 0 without withholding. */
  withholdingBase: z.number().int(),
  total: z.number().int(),
});

/** A receipt (領収書) for the client or a payment notice (支払通知書) for the worker: of a contract, a task or a competition. */
export const ContractStatement = z.object({
  kind: z.enum(['receipt', 'payment_notice']),
  subject: z.enum(['contract', 'task', 'competition']),
  /** The contract's id; null for a task's or competition's document. */
  contractId: z.string().nullable(),
  /** The posting's id for a task's or competition's document; null for a contract's. */
  jobId: z.string().nullable(),
  title: z.string(),
  issuedAt: z.string(),
  client: StatementParty,
  /** The worker; null on a task's or competition's receipt, whose work parts name each worker paid. */
  worker: StatementParty.nullable(),
  lines: z.array(StatementLine),
  total: z.number().int(),
  /** Withholding on the document: its base (before consumption tax) and the tax withheld. */
  withholding: z.object({ base: z.number().int(), amount: z.number().int() }),
  /** A competition prize shared among the entrants: each share was charged its own system fee. */
  sharedPrize: z.boolean(),
  invoice: z.array(InvoicePart),
  /** The operator, as the settings name it: the issuer of the document. */
  platform: z.object({
    name: z.string(),
    postalCode: z.string(),
    address: z.string(),
    invoiceNumber: z.string().nullable(),
  }),
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
    /** The consumption tax included in the payout fees (¥45 of each ¥500). */
    payoutFeesTax: z.number().int(),
  }),
});
export const YearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
