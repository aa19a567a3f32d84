// The payout bank account and the bank/branch lookup behind its form.
import { z } from 'zod';
import { AppError } from '../../../domain/errors';
import { BankAccountBody, BankList, BankQuery, MyBankAccount } from '../../../shared/api/bank';
import type { Deps } from '../../deps';
import { searchBanks, searchBranches } from '../../integrations/banks/directory';
import { getBankAccount } from '../../use-cases/payouts/get-bank-account';
import { setBankAccount } from '../../use-cases/payouts/set-bank-account';
import { passwordAttempt, requireAuth } from '../plugins/auth';
import type { App } from './types';

export function bankRoutes(app: App, deps: Deps) {
  const tags = ['payouts'];

  app.get(
    '/api/v1/banks',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: 'Banks by code prefix or name (kanji, kana, romaji)',
        querystring: BankQuery,
        response: { 200: BankList },
      },
    },
    async (request) => ({ items: searchBanks(request.query.q) }),
  );

  app.get(
    '/api/v1/banks/:code/branches',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: 'Branches of a bank by code prefix or name',
        params: z.object({ code: z.string().max(10) }),
        querystring: BankQuery,
        response: { 200: BankList },
      },
    },
    async (request) => {
      // A bank code is four digits: anything else (`__proto__` …) names no bank.
      if (!/^\d{4}$/.test(request.params.code)) throw new AppError('not-found');
      return { items: searchBranches(request.params.code, request.query.q) };
    },
  );

  app.get(
    '/api/v1/me/bank-account',
    { schema: { tags, summary: 'My payout bank account (number masked)', response: { 200: MyBankAccount } } },
    async (request) => {
      const { user } = requireAuth(request);
      return { account: await getBankAccount(deps, user.id) };
    },
  );

  app.put(
    '/api/v1/me/bank-account',
    {
      schema: {
        tags,
        summary: 'Set my payout bank account (password required)',
        body: BankAccountBody,
        response: { 200: MyBankAccount },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      return { account: await setBankAccount(deps, { userId: user.id, ...request.body, attempt: passwordAttempt(request) }) };
    },
  );
}
