// Money documents and figures: the written terms (取引条件明示書), the receipt (領収書) and
// payment notice (支払通知書) of a contract, the monthly statement (取引明細), the earnings
// balance (報酬残高) and the reviews on a profile, typed with the shared schemas.

import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { TermsDocument } from '../../domain/contracts/terms';
import type {
  ContractStatement as ContractStatementSchema,
  Earnings as EarningsSchema,
  MonthlyStatement as MonthlyStatementSchema,
  ProfileReviews as ProfileReviewsSchema,
  YearlySummary as YearlySummarySchema,
} from '../../shared/api/statements';
import { api } from './client';

export type { TermsDocument };
export type ContractStatement = z.infer<typeof ContractStatementSchema>;
export type StatementKind = ContractStatement['kind'];
export type MonthlyStatement = z.infer<typeof MonthlyStatementSchema>;
export type Earnings = z.infer<typeof EarningsSchema>;
export type ProfileReviews = z.infer<typeof ProfileReviewsSchema>;
export type ProfileReview = ProfileReviews['items'][number];
export type YearlySummary = z.infer<typeof YearlySummarySchema>;

const contractPath = (id: string) => `/contracts/${encodeURIComponent(id)}`;

export const moneyApi = {
  /** The written terms; the latest version unless `version` is given. Parties only. */
  terms: (contractId: string, version?: number | null) =>
    api.get<TermsDocument>(`${contractPath(contractId)}/terms${version ? `?version=${encodeURIComponent(version)}` : ''}`),
  /** 領収書 for the client, 支払通知書 for the worker. */
  statement: (contractId: string, kind: StatementKind) =>
    api.get<ContractStatement>(`${contractPath(contractId)}/${kind === 'receipt' ? 'receipt' : 'payment-notice'}`),
  /** 領収書 / 支払通知書 of a task or competition. */
  jobStatement: (jobId: string, kind: StatementKind) =>
    api.get<ContractStatement>(`/jobs/${encodeURIComponent(jobId)}/${kind === 'receipt' ? 'receipt' : 'payment-notice'}`),
  /** 取引明細 of one month ("2026-04"); the current month when absent. */
  monthly: (month?: string | null) =>
    api.get<MonthlyStatement>(`/me/statements${month ? `?month=${encodeURIComponent(month)}` : ''}`),
  /** 年間の支払明細 of one year (2026); the current year in Japan when absent. */
  yearly: (year?: number | null) =>
    api.get<YearlySummary>(`/me/statements/yearly${year ? `?year=${encodeURIComponent(year)}` : ''}`),
  earnings: () => api.get<Earnings>('/me/earnings'),
  /** Revealed reviews the member received, with their averages. */
  reviews: (username: string) => api.get<ProfileReviews>(`/users/${encodeURIComponent(username)}/reviews`),
};

export const moneyQueries = {
  /** Under the contract's key, so that what changes the contract reads its documents again. */
  terms: (contractId: string, version: number | null) =>
    queryOptions({ queryKey: ['contract', contractId, 'terms', version], queryFn: () => moneyApi.terms(contractId, version) }),
  statement: (contractId: string, kind: StatementKind) =>
    queryOptions({ queryKey: ['contract', contractId, kind], queryFn: () => moneyApi.statement(contractId, kind) }),
  jobStatement: (jobId: string, kind: StatementKind) =>
    queryOptions({ queryKey: ['jobs', jobId, kind], queryFn: () => moneyApi.jobStatement(jobId, kind) }),
  reviews: (username: string) =>
    queryOptions({ queryKey: ['users', username, 'reviews'], queryFn: () => moneyApi.reviews(username) }),
  earnings: () => queryOptions({ queryKey: ['earnings'], queryFn: moneyApi.earnings }),
  monthly: (month?: string | null) =>
    queryOptions({ queryKey: ['statements', 'monthly', month ?? null], queryFn: () => moneyApi.monthly(month) }),
  yearly: (year?: number | null) =>
    queryOptions({ queryKey: ['statements', 'yearly', year ?? null], queryFn: () => moneyApi.yearly(year) }),
};
