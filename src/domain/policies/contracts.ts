// Who may do what on a contract and its milestones. Each rule is written once here, from
// the transition tables (domain/contracts/process.ts, termination.ts, deposits) and the
// party's side; use cases refuse with `…Refusal`, and `allowedActions` lists what the
// viewer's page offers, so the buttons shown and the requests accepted cannot differ.
import {
  CONTRACT_LIVE,
  type ContractStatus,
  MILESTONE_TRANSITIONS,
  type MilestoneStatus,
  type PartyRole,
} from '../contracts/process';
import { DEPOSIT_TRANSITIONS, type DepositStatus } from '../deposits/process';
import { canTransition } from '../process/transitions';

/** The parties of a contract. */
export interface ContractParties {
  clientId: string;
  workerId: string;
}

export interface ContractResource extends ContractParties {
  status: ContractStatus;
  /** The contract carries a service order: its terms are the package's, bought as they stand. */
  serviceOrder?: boolean;
}

/** The actor's side of the contract, or null for anyone else (who is told it does not exist). */
export function partyRole(contract: ContractParties | undefined, userId: string): PartyRole | null {
  if (contract?.clientId === userId) return 'client';
  if (contract?.workerId === userId) return 'worker';
  return null;
}

/** A dispute freezes the contract: nothing moves until staff settle it. */
export function isFrozen(contract: { status: ContractStatus }): boolean {
  return contract.status === 'disputed';
}

/** Running: live and not frozen; the parties may act on it and its milestones. */
export function isRunning(contract: { status: ContractStatus }): boolean {
  return CONTRACT_LIVE.includes(contract.status) && !isFrozen(contract);
}

/** Ended: completed or terminated; reviews open. */
export function hasEnded(contract: { status: ContractStatus }): boolean {
  return contract.status === 'completed' || contract.status === 'terminated';
}

export type ContractRefusal =
  | 'not-found'
  | 'forbidden'
  | 'contract-frozen'
  | 'contract-transition-invalid'
  | 'dispute-open'
  | 'review-not-open'
  | 'terms-change-closed';

// ── milestones ──────────────────────────────────────────────────────────────

export const MILESTONE_ACTIONS = ['fund', 'cancel_deposit', 'deliver', 'accept', 'request_revision'] as const;
export type MilestoneActionName = (typeof MILESTONE_ACTIONS)[number];

/** The side that takes each milestone action. */
export const MILESTONE_ACTION_PARTY: Record<MilestoneActionName, PartyRole> = {
  fund: 'client',
  cancel_deposit: 'client',
  deliver: 'worker',
  accept: 'client',
  request_revision: 'client',
};

/**
 * Why `userId` may not take `action` on a milestone of `contract`, or null: not a party
 * (not-found), the other side (forbidden), a frozen contract, or funding one that ended.
 * The milestone's state is then the transition table's to judge.
 */
export function milestoneActionRefusal(
  userId: string,
  contract: ContractResource | undefined,
  action: MilestoneActionName,
): ContractRefusal | null {
  const role = partyRole(contract, userId);
  if (!contract || !role) return 'not-found';
  if (role !== MILESTONE_ACTION_PARTY[action]) return 'forbidden';
  if (isFrozen(contract)) return 'contract-frozen';
  // Funding moves money in: only into a contract still running.
  if (action === 'fund' && !isRunning(contract)) return 'contract-transition-invalid';
  return null;
}

export const canFundMilestone = (userId: string, contract: ContractResource): boolean =>
  milestoneActionRefusal(userId, contract, 'fund') === null;
export const canDeliverMilestone = (userId: string, contract: ContractResource): boolean =>
  milestoneActionRefusal(userId, contract, 'deliver') === null;
export const canAcceptMilestone = (userId: string, contract: ContractResource): boolean =>
  milestoneActionRefusal(userId, contract, 'accept') === null;
export const canRequestRevision = (userId: string, contract: ContractResource): boolean =>
  milestoneActionRefusal(userId, contract, 'request_revision') === null;

// ── the contract ────────────────────────────────────────────────────────────

export const CONTRACT_VIEWER_ACTIONS = [
  'propose_terms',
  'answer_terms',
  'propose_termination',
  'answer_termination',
  'open_dispute',
  'review',
] as const;
export type ContractActionName = (typeof CONTRACT_VIEWER_ACTIONS)[number];

/** The side that takes each contract action ('either' for both). */
export const CONTRACT_ACTION_PARTY: Record<ContractActionName, PartyRole | 'either'> = {
  propose_terms: 'client',
  answer_terms: 'worker',
  propose_termination: 'either',
  answer_termination: 'either',
  open_dispute: 'either',
  review: 'either',
};

/**
 * Why `userId` may not take `action` on `contract`, or null, as the use cases refuse:
 * not a party, the other side, a frozen contract (a dispute already open), a contract
 * that has ended (termination, dispute) or has not (review).
 */
export function contractActionRefusal(
  userId: string,
  contract: ContractResource | undefined,
  action: ContractActionName,
): ContractRefusal | null {
  const role = partyRole(contract, userId);
  if (!contract || !role) return 'not-found';
  const party = CONTRACT_ACTION_PARTY[action];
  if (party !== 'either' && party !== role) return 'forbidden';
  switch (action) {
    case 'review':
      return hasEnded(contract) ? null : 'review-not-open';
    case 'open_dispute':
      if (isFrozen(contract)) return 'dispute-open';
      return isRunning(contract) ? null : 'contract-transition-invalid';
    case 'propose_termination':
      if (isFrozen(contract)) return 'contract-frozen';
      return isRunning(contract) ? null : 'contract-transition-invalid';
    case 'propose_terms':
      if (isFrozen(contract)) return 'contract-frozen';
      if (contract.serviceOrder) return 'terms-change-closed';
      // Terms change only before the work starts.
      return contract.status === 'awaiting_escrow' ? null : 'terms-change-closed';
    default:
      return isFrozen(contract) ? 'contract-frozen' : null;
  }
}

/** Only the other side answers a termination proposal. */
export function canAnswerTermination(userId: string, proposal: { proposerId: string }): boolean {
  return proposal.proposerId !== userId;
}

/** Why `userId` may not answer the contract's waiting proposal (null when none waits), or null. */
export function terminationAnswerRefusal(
  userId: string,
  proposal: { proposerId: string } | null,
): 'no-pending-termination' | 'own-proposal' | null {
  if (!proposal) return 'no-pending-termination';
  return canAnswerTermination(userId, proposal) ? null : 'own-proposal';
}

/**
 * Why `userId` may not propose a termination while `proposal` waits, or null: proposing
 * again replaces one's own proposal, but the other side's must be answered first.
 */
export function terminationProposalRefusal(
  userId: string,
  proposal: { proposerId: string } | null,
): 'termination-pending' | null {
  return proposal && canAnswerTermination(userId, proposal) ? 'termination-pending' : null;
}

/** What new terms must wait for: the contract's milestones and its deposits that were not cancelled. */
export interface MoneyState {
  milestones: readonly { status: MilestoneStatus }[];
  deposits: readonly { status: DepositStatus }[];
}

/** Why the terms can no longer change, or null: they can while nothing is funded and no transfer is on its way. */
export function termsChangeRefusal(state: MoneyState): 'terms-change-closed' | 'deposit-pending' | null {
  if (state.milestones.some((m) => m.status !== 'unfunded' && m.status !== 'cancelled')) return 'terms-change-closed';
  if (state.deposits.some((d) => d.status === 'pending')) return 'deposit-pending';
  return null;
}

// ── what the viewer's page offers ───────────────────────────────────────────

export interface ContractState extends ContractResource, MoneyState {
  /** New terms proposed by the client, waiting for the worker. */
  pendingTerms: boolean;
  milestones: readonly { id: string; status: MilestoneStatus }[];
  deposits: readonly { milestoneId: string | null; status: DepositStatus }[];
  /** The termination proposal waiting for an answer, if any. */
  pendingProposal: { proposerId: string } | null;
  /** Whether the viewer has written their review. */
  reviewed: boolean;
}

export interface AllowedActions {
  role: PartyRole;
  contract: ContractActionName[];
  milestones: Record<string, MilestoneActionName[]>;
}

/** What a milestone offers its party on a running contract, from the milestone's and its deposit's tables. */
function milestoneActions(
  role: PartyRole,
  milestone: { status: MilestoneStatus },
  deposit: { status: DepositStatus } | null,
): MilestoneActionName[] {
  const actions: MilestoneActionName[] = [];
  const may = (action: MilestoneActionName) => MILESTONE_ACTION_PARTY[action] === role;
  const fundable = canTransition(MILESTONE_TRANSITIONS, 'fund', milestone.status, role);
  // Funding starts a deposit; while one is under way the milestone is not funded again.
  if (may('fund') && fundable && !deposit) actions.push('fund');
  if (may('cancel_deposit') && fundable && deposit && canTransition(DEPOSIT_TRANSITIONS, 'cancel', deposit.status, role))
    actions.push('cancel_deposit');
  for (const action of ['deliver', 'accept', 'request_revision'] as const) {
    if (may(action) && canTransition(MILESTONE_TRANSITIONS, action, milestone.status, role)) actions.push(action);
  }
  return actions;
}

/**
 * The actions the viewer's page offers on a contract and on each milestone, or null when
 * the viewer is not a party. Nothing is offered on a contract that is not running but
 * the review once it has ended.
 */
export function allowedActions(actor: { userId: string }, contract: ContractState): AllowedActions | null {
  const role = partyRole(contract, actor.userId);
  if (!role) return null;
  const running = isRunning(contract);
  const milestones: Record<string, MilestoneActionName[]> = {};
  for (const m of contract.milestones) {
    const deposit = contract.deposits.find((d) => d.milestoneId === m.id) ?? null;
    milestones[m.id] = running ? milestoneActions(role, m, deposit) : [];
  }
  const actions: ContractActionName[] = [];
  const allowed = (action: ContractActionName) => contractActionRefusal(actor.userId, contract, action) === null;
  if (running) {
    if (allowed('propose_terms') && termsChangeRefusal(contract) === null) actions.push('propose_terms');
    if (allowed('answer_terms') && contract.pendingTerms) actions.push('answer_terms');
    const proposal = contract.pendingProposal;
    if (allowed('propose_termination') && terminationProposalRefusal(actor.userId, proposal) === null)
      actions.push('propose_termination');
    if (allowed('answer_termination') && terminationAnswerRefusal(actor.userId, proposal) === null)
      actions.push('answer_termination');
    if (allowed('open_dispute')) actions.push('open_dispute');
  }
  if (allowed('review') && !contract.reviewed) actions.push('review');
  return { role, contract: actions, milestones };
}
