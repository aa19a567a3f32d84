// A contract as its parties see it: milestones with their money and what the viewer may
// do next, the termination or dispute in progress, reviews (the other side's only once
// revealed) and the whole timeline.

import type { Selectable } from 'kysely';
import { AppError } from '../../../domain/errors';
import { allowedActions } from '../../../domain/policies/contracts';
import { mayAnswer } from '../../../domain/reviews/answers';
import { revealAt } from '../../../domain/reviews/reviews';
import type { Milestone } from '../../../shared/api/contracts';
import type { Lang } from '../../../shared/errors';
import { attachmentsOf, presentAttachment } from '../../attachments/attachments';
import { moneyOf, settlementPartFor, splitFor } from '../../contracts/core';
import { withholdingAllowed } from '../../contracts/terms';
import type { Db } from '../../db/database';
import type {
  DepositsTable,
  DisputesTable,
  MilestonesTable,
  PendingTerms,
  Settlement,
  TerminationProposalsTable,
} from '../../db/schema';
import { isLive, liveOrFailed, paymentFailureOf } from '../../deposits/payment-failure';
import type { Deps } from '../../deps';
import { orderTermsOfContract } from '../../orders/view';
import { getContractEvents } from './get-contract-events';

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

/** The contract's parties, deposits and reviews as rows: the HTTP presenter shows them (`presentContract`). */
export type ContractView = Awaited<ReturnType<typeof getContract>>;

type MilestoneView = Omit<Milestone, 'deposit'> & { deposit: Selectable<DepositsTable> | null };

export interface GetContractInput {
  viewerId: string;
  contractId: string;
  lang: Lang;
}

export async function getContract(deps: Deps, input: GetContractInput) {
  const db = deps.db;
  const c = await loadContract(db, input);
  const records = await loadRecords(db, c.id, input.lang);
  const { milestones, deposits, proposal, dispute, reviews } = records;
  const deliveries = await loadDeliveries(db, milestones);

  const mine = reviews.find((r) => r.reviewer_id === input.viewerId) ?? null;
  const pendingProposal = proposal?.status === 'pending' ? proposal : null;
  // What the page offers comes from the transition tables and the policies, like the checks.
  const allowed = allowedActions(
    { userId: input.viewerId },
    {
      clientId: c.client_id,
      workerId: c.worker_id,
      status: c.status,
      serviceOrder: c.service_order_id !== null,
      pendingTerms: c.pending_terms !== null,
      milestones,
      deposits: deposits.filter(isLive).map((d) => ({ milestoneId: d.milestone_id, status: d.status })),
      pendingProposal: pendingProposal ? { proposerId: pendingProposal.proposer_id } : null,
      reviewed: mine !== null,
    },
  );
  if (!allowed) throw new AppError('not-found');

  const theirs = reviews.find((r) => r.reviewer_id !== input.viewerId) ?? null;
  const revealed = c.reviews_revealed_at !== null;

  return {
    id: c.id,
    title: c.title,
    status: c.status,
    job: c.job_id && c.job_title && c.job_kind ? { id: c.job_id, title: c.job_title, kind: c.job_kind } : null,
    order: await orderTermsOfContract(db, c.service_order_id, input.viewerId, deps.clock()),
    client: { username: c.client_username, displayName: c.client_display_name, status: c.client_status },
    worker: { username: c.worker_username, displayName: c.worker_display_name, status: c.worker_status },
    withholding: c.withholding,
    withholdingAllowed: await withholdingAllowed(db, c),
    termsVersion: c.terms_version,
    pendingTerms: pendingTermsView(deps, c.pending_terms),
    milestones: milestones.map((m) => milestoneView(m, deposits, deliveries, allowed.milestones[m.id] ?? [])),
    totals: totalsOf(milestones),
    threadId: c.thread_id,
    createdAt: c.created_at.toISOString(),
    startedAt: iso(c.started_at),
    endedAt: iso(c.ended_at),
    termination: proposal ? terminationView(proposal, settlementLines(deps, milestones, c, proposal.settlement)) : null,
    dispute: dispute ? disputeView(dispute) : null,
    reviews: {
      open: c.status === 'completed' || c.status === 'terminated',
      revealed,
      revealAt: c.ended_at ? revealAt(c.ended_at, deps.config.reviewRevealDays).toISOString() : null,
      mine,
      theirs: revealed ? theirs : null,
      theirsWritten: theirs !== null,
      canAnswer:
        theirs !== null &&
        mayAnswer(
          {
            serviceOrder: c.service_order_id !== null,
            reviewerRole: theirs.reviewer_role,
            revieweeId: theirs.reviewee_id,
            revealed,
            answered: theirs.answer !== null,
          },
          input.viewerId,
        ),
    },
    events: records.events,
    viewer: { role: allowed.role, actions: allowed.contract },
    rules: {
      autoAcceptDays: c.acceptance_days ?? deps.config.autoAcceptDays,
      terminationResponseDays: deps.config.terminationResponseDays,
      reviewRevealDays: deps.config.reviewRevealDays,
    },
  };
}

/** The contract with its job, its parties and its thread; not found unless the viewer is a party. */
async function loadContract(db: Db, input: GetContractInput) {
  const c = await db
    .selectFrom('contracts as k')
    .leftJoin('jobs as j', 'j.id', 'k.job_id')
    .innerJoin('users as cu', 'cu.id', 'k.client_id')
    .innerJoin('users as wu', 'wu.id', 'k.worker_id')
    .leftJoin('threads as t', (join) => join.onRef('t.subject_id', '=', 'k.id').on('t.subject_type', '=', 'contract'))
    .selectAll('k')
    .select([
      'j.title as job_title',
      'j.kind as job_kind',
      'cu.username as client_username',
      'cu.display_name as client_display_name',
      'cu.status as client_status',
      'wu.username as worker_username',
      'wu.display_name as worker_display_name',
      'wu.status as worker_status',
      't.id as thread_id',
    ])
    .where('k.id', '=', input.contractId)
    .executeTakeFirst();
  if (!c || (c.client_id !== input.viewerId && c.worker_id !== input.viewerId)) throw new AppError('not-found');
  return c;
}

/** The milestones, live deposits, timeline, latest termination proposal and dispute, and the reviews. */
async function loadRecords(db: Db, contractId: string, lang: Lang) {
  const [milestones, deposits, events, proposal, dispute, reviews] = await Promise.all([
    db.selectFrom('milestones').selectAll().where('contract_id', '=', contractId).orderBy('position').execute(),
    // The live deposits, and those a provider's failure called off (the client sees why).
    db.selectFrom('deposits').selectAll().where('contract_id', '=', contractId).where(liveOrFailed).execute(),
    getContractEvents(db, contractId, lang),
    db
      .selectFrom('termination_proposals')
      .selectAll()
      .where('contract_id', '=', contractId)
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('disputes')
      .selectAll()
      .where('contract_id', '=', contractId)
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('reviews as r')
      .innerJoin('users as u', 'u.id', 'r.reviewer_id')
      .selectAll('r')
      .select(['u.username', 'u.display_name', 'u.status'])
      .where('r.contract_id', '=', contractId)
      .execute(),
  ]);
  return { milestones, deposits, events, proposal, dispute, reviews };
}

type Deliveries = Awaited<ReturnType<typeof loadDeliveries>>;

/** The delivery messages of the milestones, with their files. */
async function loadDeliveries(db: Db, milestones: Selectable<MilestonesTable>[]) {
  const deliveryIds = milestones.map((m) => m.delivery_message_id).filter((id): id is number => id !== null);
  const [messages, files] = await Promise.all([
    deliveryIds.length
      ? db.selectFrom('messages').select(['id', 'body', 'created_at']).where('id', 'in', deliveryIds).execute()
      : Promise.resolve([]),
    attachmentsOf(db, { message_ids: deliveryIds }),
  ]);
  return { messages, files };
}

function milestoneView(
  m: Selectable<MilestonesTable>,
  deposits: Selectable<DepositsTable>[],
  deliveries: Deliveries,
  actions: MilestoneView['actions'],
): MilestoneView {
  const deposit = deposits.find((d) => d.milestone_id === m.id && isLive(d)) ?? null;
  const message = deliveries.messages.find((x) => Number(x.id) === m.delivery_message_id);
  return {
    id: m.id,
    position: m.position,
    title: m.title,
    dueDate: m.due_date,
    status: m.status,
    money: moneyOf(m),
    deliveryCount: m.delivery_count,
    deliveredAt: iso(m.delivered_at),
    autoAcceptAt: m.status === 'delivered' ? iso(m.auto_accept_at) : null,
    fundedAt: iso(m.funded_at),
    acceptedAt: iso(m.accepted_at),
    paidAt: iso(m.paid_at),
    closedAt: iso(m.closed_at),
    deposit: deposit ?? null,
    paymentFailure: deposit ? null : paymentFailureOf(deposits, m.id),
    delivery: message
      ? {
          messageId: String(message.id),
          body: message.body,
          attachments: deliveries.files.filter((f) => f.message_id === Number(message.id)).map(presentAttachment),
          createdAt: message.created_at.toISOString(),
        }
      : null,
    actions,
  };
}

/** The sums over the milestones that still count (not cancelled). */
function totalsOf(milestones: Selectable<MilestonesTable>[]) {
  const counted = milestones.filter((m) => m.status !== 'cancelled');
  const sum = (f: (m: Selectable<MilestonesTable>) => number) => counted.reduce((s, m) => s + f(m), 0);
  return {
    amount: sum((m) => m.amount),
    tax: sum((m) => m.tax),
    escrow: sum((m) => m.escrow),
    workerNet: sum((m) => m.worker_net),
  };
}

/** The proposed terms with each milestone's money worked out. */
function pendingTermsView(deps: Deps, terms: PendingTerms | null) {
  return terms
    ? {
        withholding: terms.withholding,
        proposedAt: terms.proposedAt,
        milestones: terms.milestones.map((m) => ({
          ...m,
          money: splitFor(deps, m.amount, terms.withholding ?? false),
        })),
      }
    : null;
}

/** Each line on its own: what the worker nets from the part paid and what the client gets back. */
function settlementLines(
  deps: Deps,
  milestones: Selectable<MilestonesTable>[],
  contract: { service_order_id: string | null; withholding: boolean },
  settlement: Settlement,
) {
  return settlement.map((line) => {
    const m = milestones.find((x) => x.id === line.milestoneId);
    const part = line.workerAmount > 0 && m ? settlementPartFor(deps, contract, m, line.workerAmount) : null;
    return {
      milestoneId: line.milestoneId,
      workerAmount: line.workerAmount,
      workerNet: part?.workerNet ?? 0,
      refund: Math.max(0, (m?.escrow ?? 0) - (part?.escrow ?? 0)),
    };
  });
}

function terminationView(proposal: Selectable<TerminationProposalsTable>, settlement: ReturnType<typeof settlementLines>) {
  return {
    id: proposal.id,
    proposerRole: proposal.proposer_role,
    reason: proposal.reason,
    settlement,
    status: proposal.status,
    respondBy: proposal.respond_by.toISOString(),
    refusalReason: proposal.refusal_reason,
    createdAt: proposal.created_at.toISOString(),
    decidedAt: iso(proposal.decided_at),
  };
}

function disputeView(dispute: Selectable<DisputesTable>) {
  return {
    id: dispute.id,
    openerRole: dispute.opener_role,
    reason: dispute.reason,
    status: dispute.status,
    settlement: dispute.settlement,
    settlementNote: dispute.settlement_note,
    createdAt: dispute.created_at.toISOString(),
    settledAt: iso(dispute.settled_at),
  };
}
