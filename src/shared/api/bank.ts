// Payout bank accounts (振込先口座) and the bank/branch lookup.
import { z } from 'zod';
import { PAYOUT_MAX } from '../../domain/money/limits';
import { ACCOUNT_TYPES } from '../../domain/payouts/bank-account';
import { PAYOUT_STATUSES } from '../../domain/payouts/process';
import { isoDate, paragraph, passwordInput, typeError } from './fields';

export const BankEntry = z.object({ code: z.string(), name: z.string(), kana: z.string() });
export const BankList = z.object({ items: z.array(BankEntry) });
export const BankQuery = z.object({ q: z.string().max(40).default('') });

export const BankAccount = z.object({
  bankCode: z.string(),
  bankName: z.string(),
  branchCode: z.string(),
  branchName: z.string(),
  accountType: z.enum(ACCOUNT_TYPES),
  /** ****567: the number is never sent back in full. */
  numberMasked: z.string(),
  /** In half-width katakana as the bank transfer file will carry it. */
  holderName: z.string(),
  updatedAt: z.string(),
});
export const MyBankAccount = z.object({ account: BankAccount.nullable() });

const text = (max: number) => z.string({ error: typeError }).max(max, { error: 'too-long' });

export const BankAccountBody = z.strictObject({
  bankCode: text(10),
  branchCode: text(10),
  accountType: z.enum(ACCOUNT_TYPES, { error: 'invalid-choice' }),
  accountNumber: text(20),
  holderName: text(60),
  /** Changing where money goes needs the password, like an email change. */
  password: passwordInput,
});

// Payout requests (振込申請) and staff payout batches.

export const Payout = z.object({
  id: z.string(),
  /** Taken from the earnings balance. */
  amount: z.number().int(),
  /** The payout fee (振込手数料); 0 for the final payout. */
  fee: z.number().int(),
  /** What reaches the bank account: amount − fee. */
  net: z.number().int(),
  final: z.boolean(),
  status: z.enum(PAYOUT_STATUSES),
  /** The expected transfer date (振込予定日), a bank business day. */
  scheduledDate: z.string(),
  bank: z.object({ bankName: z.string(), branchName: z.string(), numberMasked: z.string() }),
  failureReason: z.string().nullable(),
  requestedAt: z.string(),
  paidAt: z.string().nullable(),
  failedAt: z.string().nullable(),
});
export const MyPayouts = z.object({
  balance: z.number().int(),
  minimum: z.number().int(),
  fee: z.number().int(),
  /** The transfer date of a request made now. */
  nextScheduledDate: z.string(),
  hasBankAccount: z.boolean(),
  items: z.array(Payout),
});
export const PayoutBody = z.strictObject({
  amount: z
    .number({ error: typeError })
    .int({ error: 'not-integer' })
    .min(1, { error: 'too-small' })
    .max(PAYOUT_MAX, { error: 'too-big' }),
  /** The whole balance with no minimum and no fee (before leaving). */
  final: z.boolean({ error: typeError }).default(false),
});

export const StaffPayout = Payout.extend({ user: z.object({ username: z.string() }), batchId: z.string().nullable() });
export const StaffPayoutList = z.object({ items: z.array(StaffPayout) });
export const PayoutBatch = z.object({
  id: z.string(),
  paymentDate: z.string(),
  count: z.number().int(),
  total: z.number().int(),
  createdAt: z.string(),
  /** Transfers still to be marked done or failed. */
  open: z.number().int(),
  items: z.array(StaffPayout),
});
export const PayoutBatchList = z.object({ items: z.array(PayoutBatch.omit({ items: true })) });
export const BuildBatchBody = z.strictObject({
  /** Batch every request due on or before this date (YYYY-MM-DD). */
  paymentDate: isoDate,
});
export const FailPayoutBody = z.strictObject({
  reason: paragraph(500).refine((s) => s.length > 0, { error: 'required' }),
});
