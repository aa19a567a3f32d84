// Contracts (契約), milestones, escrow (仮払い), termination (途中解消), disputes and reviews
// (評価). Statements are in statements.ts, the staff's deposit and dispute pages in staff.ts.
import { z } from 'zod';
import { DISPUTE_OPENERS, DISPUTE_STATUSES } from '../../domain/contracts/dispute';
import { CONTRACT_STATUSES, MILESTONE_STATUSES, PARTY_ROLES } from '../../domain/contracts/process';
import { PROPOSAL_STATUSES } from '../../domain/contracts/termination';
import { DEPOSIT_FAILURES, DEPOSIT_METHODS, DEPOSIT_STATUSES } from '../../domain/deposits/process';
import { CONTRACT_AMOUNT_MAX } from '../../domain/money/limits';
import { CONTRACT_VIEWER_ACTIONS, MILESTONE_ACTIONS } from '../../domain/policies/contracts';
import { ACTORS } from '../../domain/process/transitions';
import { AttachmentIds } from './applications';
import { ContractEventDetail } from './contract-events';
import { isoDate, line, paragraph, typeError, uuid } from './fields';
import { OrderTerms } from './order-terms';
import { ReviewAnswer } from './service-reviews';

/** A whole-yen amount between `min` and `max`, refused with the field messages. */
export const yen = (min: number, max: number) =>
  z.number({ error: typeError }).int({ error: 'not-integer' }).min(min, { error: 'too-small' }).max(max, { error: 'too-big' });

const Party = z.object({ username: z.string(), displayName: z.string(), withdrawn: z.boolean() });
const AttachmentInfo = z.object({ id: z.string(), filename: z.string(), contentType: z.string(), size: z.number().int() });

/** One milestone's money: what the client pays and how it is split on acceptance. */
export const MilestoneMoney = z.object({
  amount: z.number().int(),
  tax: z.number().int(),
  clientFee: z.number().int(),
  clientFeeTax: z.number().int(),
  /** amount + tax + clientFee + clientFeeTax: what the client pays into escrow. */
  escrow: z.number().int(),
  workerFee: z.number().int(),
  workerFeeTax: z.number().int(),
  withholding: z.number().int(),
  /** What reaches the worker's earnings balance on acceptance. */
  workerNet: z.number().int(),
});

export const Deposit = z.object({
  id: z.string(),
  method: z.enum(DEPOSIT_METHODS),
  /** Transfer reference the client writes as the sender name prefix (振込依頼人名の前に付ける番号). */
  reference: z.string(),
  amount: z.number().int(),
  status: z.enum(DEPOSIT_STATUSES),
  createdAt: z.string(),
  confirmedAt: z.string().nullable(),
  /** The platform's receiving account (bank transfer only). */
  payTo: z.string().nullable(),
  /** Card or konbini, to the payer only: what finishes the payment. */
  payment: z
    .object({
      publishableKey: z.string().nullable(),
      clientSecret: z.string().nullable(),
      konbini: z
        .object({
          voucherUrl: z.string().nullable(),
          expiresAt: z.string(),
          stores: z.array(
            z.object({ chain: z.string(), confirmationNumber: z.string().nullable(), paymentCode: z.string().nullable() }),
          ),
        })
        .nullable(),
    })
    .nullable(),
});

/** A card or konbini payment that failed or lapsed, until the milestone is paid again. */
export const PaymentFailure = z.object({ failure: z.enum(DEPOSIT_FAILURES), method: z.enum(DEPOSIT_METHODS), at: z.string() });

export const Milestone = z.object({
  id: z.string(),
  position: z.number().int(),
  title: z.string(),
  dueDate: z.string(),
  status: z.enum(MILESTONE_STATUSES),
  money: MilestoneMoney,
  deliveryCount: z.number().int(),
  deliveredAt: z.string().nullable(),
  /** When the delivery is accepted by itself (検収期限), while delivered. */
  autoAcceptAt: z.string().nullable(),
  fundedAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  paidAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** The pending or confirmed deposit funding it. */
  deposit: Deposit.nullable(),
  paymentFailure: PaymentFailure.nullable(),
  /** The last delivery's message id in the contract thread, with its files. */
  delivery: z
    .object({ messageId: z.string(), body: z.string(), attachments: z.array(AttachmentInfo), createdAt: z.string() })
    .nullable(),
  /** What the viewer may do now. */
  actions: z.array(z.enum(MILESTONE_ACTIONS)),
});
export type Milestone = z.infer<typeof Milestone>;

export const ContractEvent = z.object({
  id: z.string(),
  action: z.string(),
  /** Japanese/English label of the action, in the request's language. */
  label: z.string(),
  actorRole: z.enum(ACTORS),
  milestone: z.object({ id: z.string(), position: z.number().int(), title: z.string() }).nullable(),
  detail: ContractEventDetail,
  createdAt: z.string(),
});

export const SettlementLine = z.object({
  milestoneId: z.string(),
  /** Yen before tax paid to the worker for this milestone (0 = full refund). */
  workerAmount: z.number().int(),
  /** Computed: what the worker receives net, and what goes back to the client. */
  workerNet: z.number().int(),
  refund: z.number().int(),
});

export const TerminationProposal = z.object({
  id: z.string(),
  proposerRole: z.enum(PARTY_ROLES),
  reason: z.string(),
  settlement: z.array(SettlementLine),
  status: z.enum(PROPOSAL_STATUSES),
  respondBy: z.string(),
  refusalReason: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});

export const Dispute = z.object({
  id: z.string(),
  openerRole: z.enum(DISPUTE_OPENERS),
  reason: z.string(),
  status: z.enum(DISPUTE_STATUSES),
  settlement: z.array(SettlementLine).nullable(),
  settlementNote: z.string().nullable(),
  createdAt: z.string(),
  settledAt: z.string().nullable(),
});

export const ReviewScores = z.object({
  skill: z.number().int(),
  quality: z.number().int(),
  schedule: z.number().int(),
  communication: z.number().int(),
  partnership: z.number().int(),
});
export const Review = ReviewScores.extend({
  id: z.string(),
  reviewerRole: z.enum(PARTY_ROLES),
  reviewer: Party,
  comment: z.string(),
  /** Mean of the five items, one decimal. */
  score: z.number(),
  createdAt: z.string(),
  /** The seller's answer (返信) to a buyer's review of an order. */
  answer: ReviewAnswer.nullable(),
});

export const PendingTerms = z.object({
  milestones: z.array(z.object({ title: z.string(), amount: z.number().int(), dueDate: z.string(), money: MilestoneMoney })),
  withholding: z.boolean(),
  proposedAt: z.string(),
});

export const Contract = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(CONTRACT_STATUSES),
  /** The job the contract was made for; null when it carries a service order. */
  job: z.object({ id: z.string(), title: z.string(), kind: z.string() }).nullable(),
  /** The service order (取引) the contract carries, with the terms bought; null for a job's. */
  order: OrderTerms.nullable(),
  client: Party,
  worker: Party,
  withholding: z.boolean(),
  /** Withholding may be chosen (the worker is an individual and the job a project). */
  withholdingAllowed: z.boolean(),
  termsVersion: z.number().int(),
  pendingTerms: PendingTerms.nullable(),
  milestones: z.array(Milestone),
  totals: z.object({ amount: z.number().int(), tax: z.number().int(), escrow: z.number().int(), workerNet: z.number().int() }),
  threadId: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  termination: TerminationProposal.nullable(),
  dispute: Dispute.nullable(),
  reviews: z.object({
    /** Reviews can be written (the contract ended). */
    open: z.boolean(),
    revealed: z.boolean(),
    /** When both are shown even if only one side wrote one. */
    revealAt: z.string().nullable(),
    mine: Review.nullable(),
    /** The other side's review, once revealed. */
    theirs: Review.nullable(),
    /** Whether the other side has written theirs (without showing it). */
    theirsWritten: z.boolean(),
    /** The viewer (the seller of an order) may answer the buyer's review now: once, after reveal. */
    canAnswer: z.boolean(),
  }),
  events: z.array(ContractEvent),
  viewer: z.object({
    role: z.enum(PARTY_ROLES),
    actions: z.array(z.enum(CONTRACT_VIEWER_ACTIONS)),
  }),
  /** Configuration the page explains: days to accept, days to answer a termination. */
  rules: z.object({
    autoAcceptDays: z.number().int(),
    terminationResponseDays: z.number().int(),
    reviewRevealDays: z.number().int(),
  }),
});
export type Contract = z.infer<typeof Contract>;

export const ContractSummary = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(CONTRACT_STATUSES),
  role: z.enum(PARTY_ROLES),
  other: Party,
  amount: z.number().int(),
  /** The next thing that needs someone: 'fund' | 'deliver' | 'review_delivery' | 'answer_termination' | … */
  nextStep: z.string().nullable(),
  nextDate: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ContractSummary = z.infer<typeof ContractSummary>;
export const ContractList = z.object({ items: z.array(ContractSummary) });
export const ContractListQuery = z.object({
  role: z.enum([...PARTY_ROLES, 'all']).default('all'),
  status: z.enum(['active', 'ended', 'all']).default('all'),
});

// Requests.

export const MilestoneInput = z.strictObject({
  title: line(100, 1),
  amount: yen(1000, CONTRACT_AMOUNT_MAX),
  dueDate: isoDate,
});
export const ProposeTermsBody = z.strictObject({
  milestones: z.array(MilestoneInput, { error: typeError }).min(1, { error: 'required' }).max(10, { error: 'too-many' }),
  withholding: z.boolean({ error: typeError }),
});
export const AnswerBody = z.strictObject({
  agree: z.boolean({ error: typeError }),
  reason: paragraph(1000).nullable().default(null),
});
export const FundBody = z.strictObject({ method: z.enum(DEPOSIT_METHODS, { error: 'invalid-choice' }) });
export const DeliverBody = z.strictObject({
  message: paragraph(4000).refine((s) => s.length > 0, { error: 'required' }),
  attachmentIds: AttachmentIds,
});
export const RevisionBody = z.strictObject({
  message: paragraph(4000).refine((s) => s.length > 0, { error: 'required' }),
});
export const SettlementInput = z
  .array(z.strictObject({ milestoneId: uuid(), workerAmount: yen(0, CONTRACT_AMOUNT_MAX) }), { error: typeError })
  .max(10, { error: 'too-many' });
export const TerminationBody = z.strictObject({
  reason: paragraph(2000).refine((s) => s.length > 0, { error: 'required' }),
  settlement: SettlementInput,
});
export const DisputeBody = z.strictObject({
  reason: paragraph(2000).refine((s) => s.length > 0, { error: 'required' }),
});
const score = z
  .number({ error: typeError })
  .int({ error: 'not-integer' })
  .min(1, { error: 'too-small' })
  .max(5, { error: 'too-big' });
export const ReviewBody = z.strictObject({
  skill: score,
  quality: score,
  schedule: score,
  communication: score,
  partnership: score,
  comment: paragraph(1000).default(''),
});
