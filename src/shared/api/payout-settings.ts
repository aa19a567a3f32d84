// Automatic payouts (自動出金), the payment dates under the 60-day rule, the payee's legal
// name and address, and the yearly payment records (支払調書).
import { z } from 'zod';
import { typeError } from './fields';

export const PayeeIdentityStatus = z.object({
  /** The member works under a contract with withholding tax: a 支払調書 will name them. */
  required: z.boolean(),
  registered: z.boolean(),
});

export const PayoutSettings = z.object({
  automatic: z.boolean(),
  /** The next payment date of the schedule ('YYYY-MM-DD'). */
  nextPaymentDate: z.string(),
  /** The earnings in the balance by day of acceptance (検収), and the day they are paid (at the latest). */
  upcoming: z.array(z.object({ acceptedOn: z.string(), amount: z.number().int(), paymentDate: z.string() })),
  /** For each acceptance day of the last 70 days, the day earnings accepted then are paid at the latest. */
  paymentDates: z.record(z.string(), z.string()),
  payeeIdentity: PayeeIdentityStatus,
});

export const PayoutSettingsBody = z.strictObject({ automatic: z.boolean({ error: typeError }) });

export const PayeeIdentity = z.object({
  legalName: z.string().nullable(),
  address: z.string().nullable(),
  required: z.boolean(),
});

export const PayeeIdentityBody = z.strictObject({
  legalName: z.string({ error: typeError }).max(200, { error: 'too-long' }),
  address: z.string({ error: typeError }).max(400, { error: 'too-long' }),
});

const RecordLine = z.object({
  date: z.string(),
  contractId: z.string(),
  title: z.string(),
  /** Before consumption tax: the base of withholding. */
  amount: z.number().int(),
  tax: z.number().int(),
  withholding: z.number().int(),
});

export const PaymentRecord = z.object({
  year: z.number().int(),
  /** 支払者: the client. */
  payer: z.object({ username: z.string(), name: z.string() }),
  /** 支払を受ける者: the worker's legal name and address (null until registered). */
  payee: z.object({ username: z.string(), legalName: z.string().nullable(), address: z.string().nullable() }),
  /** 区分 and 細目 of the record. */
  category: z.string(),
  amount: z.number().int(),
  tax: z.number().int(),
  withholding: z.number().int(),
  /** Over ¥50,000 in the year: the payer files it with the tax office too. */
  mustFile: z.boolean(),
  lines: z.array(RecordLine),
});

export const PaymentRecords = z.object({
  year: z.number().int(),
  /** Records of fees paid to me (I am the payee). */
  received: z.array(PaymentRecord),
  /** Records of fees I paid (I am the payer). */
  paid: z.array(PaymentRecord),
});
