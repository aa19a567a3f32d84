// The payout bank account (振込先口座) and the bank/branch lookup behind its form, typed
// with the shared schemas.

import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  BankAccountBody,
  BankAccount as BankAccountSchema,
  BankEntry as BankEntrySchema,
  BankList,
  MyBankAccount,
} from '../../shared/api/bank';
import { api } from './client';

export type BankEntry = z.infer<typeof BankEntrySchema>;
export type BankAccount = z.infer<typeof BankAccountSchema>;
export type AccountType = BankAccount['accountType'];
export type BankAccountInput = z.input<typeof BankAccountBody>;

/** The server takes at most 40 characters of a search. */
const query = (q: string) => `?q=${encodeURIComponent(q.slice(0, 40))}`;

export const bankApi = {
  /** Up to 20 banks by code prefix or name (kanji, kana, hiragana, romaji). */
  async searchBanks(q: string): Promise<BankEntry[]> {
    const res = await api.get<z.infer<typeof BankList>>(`/banks${query(q)}`);
    return res.items;
  },
  /** Up to 20 branches of one bank by code prefix or name. */
  async searchBranches(bankCode: string, q: string): Promise<BankEntry[]> {
    const res = await api.get<z.infer<typeof BankList>>(`/banks/${encodeURIComponent(bankCode)}/branches${query(q)}`);
    return res.items;
  },
  async get(): Promise<BankAccount | null> {
    const res = await api.get<z.infer<typeof MyBankAccount>>('/me/bank-account');
    return res.account;
  },
  async save(body: BankAccountInput): Promise<BankAccount | null> {
    const res = await api.put<z.infer<typeof MyBankAccount>>('/me/bank-account', body);
    return res.account;
  },
};

export const bankQueries = {
  /** The registered account, null when there is none. */
  account: () => queryOptions({ queryKey: ['bank-account'], queryFn: bankApi.get }),
};
