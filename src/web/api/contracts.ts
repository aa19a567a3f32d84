// Contracts (契約): milestones and escrow (仮払い), delivery and acceptance (納品・検収),
// termination (途中解消), disputes (トラブル) and reviews (評価), typed with the shared
// request and response schemas.

import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AnswerBody,
  Contract,
  ContractListQuery,
  ContractList as ContractListSchema,
  ContractSummary as ContractSummarySchema,
  DeliverBody,
  Milestone,
  ProposeTermsBody,
  ReviewBody,
  TerminationBody,
} from '../../shared/api/contracts';
import type { ReviewAnswer, ReviewAnswerBody } from '../../shared/api/service-reviews';
import { api } from './client';

export type { Contract, Milestone };
export type ContractStatus = Contract['status'];
export type MilestoneStatus = Milestone['status'];
export type MilestoneMoney = Milestone['money'];
export type ContractSummary = z.infer<typeof ContractSummarySchema>;
export type ContractList = z.infer<typeof ContractListSchema>;
export type ContractListFilter = z.infer<typeof ContractListQuery>;
export type ContractRole = Contract['viewer']['role'];
export type ContractEvent = Contract['events'][number];
export type TerminationProposal = NonNullable<Contract['termination']>;
export type Dispute = NonNullable<Contract['dispute']>;
export type Review = NonNullable<Contract['reviews']['mine']>;
export type ProposeTermsInput = z.input<typeof ProposeTermsBody>;
export type AnswerInput = z.input<typeof AnswerBody>;
export type DeliverInput = z.input<typeof DeliverBody>;
export type TerminationInput = z.input<typeof TerminationBody>;
export type ReviewInput = z.input<typeof ReviewBody>;
export type ReviewAnswerInput = z.input<typeof ReviewAnswerBody>;
export type FundMethod = 'bank_transfer' | 'dev_card';
/** A milestone can also be paid at a convenience store when the payment provider is configured. */
export type MilestoneFundMethod = FundMethod | 'stripe_konbini';

const contractPath = (id: string) => `/contracts/${encodeURIComponent(id)}`;
const milestonePath = (id: string) => `/milestones/${encodeURIComponent(id)}`;

export const contractsApi = {
  /** The member's contracts as client, worker or both. */
  mine: (filter: ContractListFilter) =>
    api.get<ContractList>(`/me/contracts?${new URLSearchParams({ role: filter.role, status: filter.status }).toString()}`),
  get: (id: string) => api.get<Contract>(contractPath(id)),

  /** Client: new milestones and withholding, shown as pendingTerms until the worker answers. */
  proposeTerms: (id: string, body: ProposeTermsInput) => api.post<Contract>(`${contractPath(id)}/terms`, body),
  /** Worker: agrees to or refuses the pending terms. */
  answerTerms: (id: string, body: AnswerInput) => api.post<Contract>(`${contractPath(id)}/terms/answer`, body),

  /** Client: pays a milestone into escrow. Money moves: send the same key when retrying. */
  fund: (milestoneId: string, method: MilestoneFundMethod, idempotencyKey: string) =>
    api.post<Contract>(`${milestonePath(milestoneId)}/fund`, { method }, { idempotencyKey }),
  /** Client: cancels a bank transfer that has not arrived yet. */
  cancelDeposit: (depositId: string) => api.post<Contract>(`/deposits/${encodeURIComponent(depositId)}/cancel`, {}),
  /** Worker: 納品. */
  deliver: (milestoneId: string, body: DeliverInput) => api.post<Contract>(`${milestonePath(milestoneId)}/deliver`, body),
  /** Client: 検収; pays the worker. Money moves: send the same key when retrying. */
  accept: (milestoneId: string, idempotencyKey: string) =>
    api.post<Contract>(`${milestonePath(milestoneId)}/accept`, {}, { idempotencyKey }),
  /** Client: 修正依頼; the milestone goes back to work. */
  requestRevision: (milestoneId: string, message: string) =>
    api.post<Contract>(`${milestonePath(milestoneId)}/request-revision`, { message }),

  /** Either party: proposes ending the contract with a settlement of the escrowed milestones. */
  proposeTermination: (id: string, body: TerminationInput) => api.post<Contract>(`${contractPath(id)}/termination`, body),
  /** The other party: agreeing executes the settlement at once. Send the same key when retrying. */
  answerTermination: (id: string, body: AnswerInput, idempotencyKey: string) =>
    api.post<Contract>(`${contractPath(id)}/termination/answer`, body, { idempotencyKey }),
  /** Either party: asks staff to step in (トラブル報告). */
  openDispute: (id: string, reason: string) => api.post<Contract>(`${contractPath(id)}/dispute`, { reason }),
  review: (id: string, body: ReviewInput) => api.post<Contract>(`${contractPath(id)}/review`, body),
  /** The seller's answer (返信) to the buyer's review of an order. */
  answerReview: (reviewId: string, body: ReviewAnswerInput) =>
    api.post<ReviewAnswer>(`/reviews/${encodeURIComponent(reviewId)}/answer`, body),
};

/** Keys: ['contracts', filter] for the list, ['contract', id] for one contract. */
export const contractQueries = {
  mine: (filter: ContractListFilter) =>
    queryOptions({ queryKey: ['contracts', filter], queryFn: () => contractsApi.mine(filter) }),
  detail: (id: string) => queryOptions({ queryKey: ['contract', id], queryFn: () => contractsApi.get(id) }),
};
