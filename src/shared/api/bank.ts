// Payout bank accounts (振込先口座) and the bank/branch lookup.
import { z } from 'zod';
import { passwordInput, typeError } from './fields';

export const BankEntry = z.object({ code: z.string(), name: z.string(), kana: z.string() });
export const BankList = z.object({ items: z.array(BankEntry) });
export const BankQuery = z.object({ q: z.string().max(40).default('') });

export const BankAccount = z.object({
  bankCode: z.string(),
  bankName: z.string(),
  branchCode: z.string(),
  branchName: z.string(),
  accountType: z.enum(['ordinary', 'current', 'savings']),
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
  accountType: z.enum(['ordinary', 'current', 'savings'], { error: 'invalid-choice' }),
  accountNumber: text(20),
  holderName: text(60),
  /** Changing where money goes needs the password, like an email change. */
  password: passwordInput,
});
