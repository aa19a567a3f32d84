import { describe, expect, it } from 'vitest';
import { CONTRACT_STATUSES, type ContractStatus, MILESTONE_STATUSES, type MilestoneStatus } from '../contracts/process';
import type { DepositStatus } from '../deposits/process';
import {
  allowedActions,
  type ContractState,
  canAcceptMilestone,
  canAnswerTermination,
  canDeliverMilestone,
  canFundMilestone,
  canRequestRevision,
  contractActionRefusal,
  isFrozen,
  isRunning,
  milestoneActionRefusal,
  partyRole,
  terminationAnswerRefusal,
  terminationProposalRefusal,
  termsChangeRefusal,
} from './contracts';

const parties = { clientId: 'c', workerId: 'w' };
const contract = (status: ContractStatus) => ({ ...parties, status });

describe('parties', () => {
  it('knows each side and nobody else', () => {
    expect(partyRole(parties, 'c')).toBe('client');
    expect(partyRole(parties, 'w')).toBe('worker');
    expect(partyRole(parties, 'x')).toBeNull();
    expect(partyRole(undefined, 'c')).toBeNull();
  });

  it.each([
    ['awaiting_escrow', true, false],
    ['in_progress', true, false],
    ['disputed', false, true],
    ['completed', false, false],
    ['terminated', false, false],
  ] as const)('%s: running %s, frozen %s', (status, running, frozen) => {
    expect(isRunning({ status })).toBe(running);
    expect(isFrozen({ status })).toBe(frozen);
  });
});

describe('milestone actions', () => {
  it.each([
    ['c', 'in_progress', 'fund', null],
    ['c', 'in_progress', 'accept', null],
    ['c', 'in_progress', 'request_revision', null],
    ['c', 'in_progress', 'cancel_deposit', null],
    ['w', 'in_progress', 'deliver', null],
    ['w', 'in_progress', 'accept', 'forbidden'],
    ['w', 'in_progress', 'fund', 'forbidden'],
    ['c', 'in_progress', 'deliver', 'forbidden'],
    ['x', 'in_progress', 'accept', 'not-found'],
    ['c', 'disputed', 'accept', 'contract-frozen'],
    ['w', 'disputed', 'deliver', 'contract-frozen'],
    ['w', 'disputed', 'accept', 'forbidden'],
    // A contract that ended leaves its milestones to their own table, but takes no money.
    ['c', 'completed', 'accept', null],
    ['c', 'completed', 'fund', 'contract-transition-invalid'],
    ['c', 'terminated', 'cancel_deposit', null],
  ] as const)('%s on a contract %s: %s → %s', (user, status, action, refusal) => {
    expect(milestoneActionRefusal(user, contract(status), action)).toBe(refusal);
  });

  it('names the predicates', () => {
    const running = contract('in_progress');
    expect([canFundMilestone('c', running), canAcceptMilestone('c', running), canRequestRevision('c', running)]).toEqual([
      true,
      true,
      true,
    ]);
    expect([canDeliverMilestone('w', running), canDeliverMilestone('c', running)]).toEqual([true, false]);
    expect(canAcceptMilestone('c', contract('disputed'))).toBe(false);
    expect(milestoneActionRefusal('c', undefined, 'fund')).toBe('not-found');
  });
});

describe('contract actions', () => {
  it.each([
    ['c', 'awaiting_escrow', 'propose_terms', null],
    ['w', 'awaiting_escrow', 'propose_terms', 'forbidden'],
    ['c', 'disputed', 'propose_terms', 'contract-frozen'],
    ['c', 'in_progress', 'propose_terms', 'terms-change-closed'],
    ['c', 'completed', 'propose_terms', 'terms-change-closed'],
    ['w', 'in_progress', 'answer_terms', null],
    ['c', 'in_progress', 'answer_terms', 'forbidden'],
    ['w', 'disputed', 'answer_terms', 'contract-frozen'],
    ['c', 'in_progress', 'propose_termination', null],
    ['w', 'awaiting_escrow', 'propose_termination', null],
    ['w', 'disputed', 'propose_termination', 'contract-frozen'],
    ['w', 'completed', 'propose_termination', 'contract-transition-invalid'],
    ['c', 'in_progress', 'answer_termination', null],
    ['c', 'disputed', 'answer_termination', 'contract-frozen'],
    ['c', 'in_progress', 'open_dispute', null],
    ['w', 'disputed', 'open_dispute', 'dispute-open'],
    ['w', 'terminated', 'open_dispute', 'contract-transition-invalid'],
    ['c', 'completed', 'review', null],
    ['w', 'terminated', 'review', null],
    ['w', 'in_progress', 'review', 'review-not-open'],
    ['c', 'disputed', 'review', 'review-not-open'],
    ['x', 'completed', 'review', 'not-found'],
  ] as const)('%s on a contract %s: %s → %s', (user, status, action, refusal) => {
    expect(contractActionRefusal(user, contract(status), action)).toBe(refusal);
  });

  it('leaves a proposal to the other side', () => {
    expect(canAnswerTermination('c', { proposerId: 'w' })).toBe(true);
    expect(canAnswerTermination('c', { proposerId: 'c' })).toBe(false);
    expect(terminationAnswerRefusal('c', { proposerId: 'w' })).toBeNull();
    expect(terminationAnswerRefusal('c', { proposerId: 'c' })).toBe('own-proposal');
    expect(terminationAnswerRefusal('c', null)).toBe('no-pending-termination');
  });

  it("replaces one's own proposal but not the other side's", () => {
    expect(terminationProposalRefusal('c', null)).toBeNull();
    expect(terminationProposalRefusal('c', { proposerId: 'c' })).toBeNull();
    expect(terminationProposalRefusal('c', { proposerId: 'w' })).toBe('termination-pending');
  });

  it('changes terms only before money moved or is on its way', () => {
    const unfunded = { status: 'unfunded' as const };
    expect(termsChangeRefusal({ milestones: [unfunded, { status: 'cancelled' }], deposits: [] })).toBeNull();
    expect(termsChangeRefusal({ milestones: [unfunded], deposits: [{ status: 'cancelled' }] })).toBeNull();
    expect(termsChangeRefusal({ milestones: [unfunded], deposits: [{ status: 'pending' }] })).toBe('deposit-pending');
    expect(termsChangeRefusal({ milestones: [{ status: 'funded' }], deposits: [{ status: 'pending' }] })).toBe(
      'terms-change-closed',
    );
  });
});

/**
 * The actions as the contract page built them by hand before the policies (the use case
 * that reads a contract): the policies must offer exactly these in every state.
 */
function handBuilt(viewerId: string, c: ContractState) {
  const role = c.clientId === viewerId ? 'client' : c.workerId === viewerId ? 'worker' : null;
  if (!role) return null;
  const live = ['awaiting_escrow', 'in_progress', 'disputed'].includes(c.status) && c.status !== 'disputed';
  const anyMoney = c.milestones.some((m) => m.status !== 'unfunded' && m.status !== 'cancelled');
  const pendingDeposit = c.deposits.some((d) => d.status === 'pending');
  const milestones: Record<string, string[]> = {};
  for (const m of c.milestones) {
    const deposit = c.deposits.find((d) => d.milestoneId === m.id) ?? null;
    const actions: string[] = [];
    if (live && role === 'client') {
      if (m.status === 'unfunded' && !deposit) actions.push('fund');
      if (m.status === 'unfunded' && deposit?.status === 'pending') actions.push('cancel_deposit');
      if (m.status === 'delivered') actions.push('accept', 'request_revision');
    }
    if (live && role === 'worker' && m.status === 'funded') actions.push('deliver');
    milestones[m.id] = actions;
  }
  const pendingProposal = c.pendingProposal;
  const viewerActions: string[] = [];
  if (live && role === 'client' && c.status === 'awaiting_escrow' && !anyMoney && !pendingDeposit)
    viewerActions.push('propose_terms');
  if (live && role === 'worker' && c.pendingTerms) viewerActions.push('answer_terms');
  if (live && (!pendingProposal || pendingProposal.proposerId === viewerId)) viewerActions.push('propose_termination');
  if (live && pendingProposal && pendingProposal.proposerId !== viewerId) viewerActions.push('answer_termination');
  if (live) viewerActions.push('open_dispute');
  const ended = c.status === 'completed' || c.status === 'terminated';
  if (ended && !c.reviewed) viewerActions.push('review');
  return { role, contract: viewerActions, milestones };
}

describe('allowed actions', () => {
  const deposits: (DepositStatus | null)[] = [null, 'pending', 'confirmed'];
  const states: ContractState[] = [];
  for (const status of CONTRACT_STATUSES)
    for (const first of MILESTONE_STATUSES)
      for (const second of ['unfunded', 'cancelled', 'paid'] as MilestoneStatus[])
        for (const deposit of deposits)
          for (const proposer of [null, 'c', 'w'])
            for (const pendingTerms of [false, true])
              for (const reviewed of [false, true])
                states.push({
                  ...parties,
                  status,
                  pendingTerms,
                  reviewed,
                  milestones: [
                    { id: 'm1', status: first },
                    { id: 'm2', status: second },
                  ],
                  deposits: deposit ? [{ milestoneId: 'm1', status: deposit }] : [],
                  pendingProposal: proposer ? { proposerId: proposer } : null,
                });

  it(`match the hand-built list in all ${states.length * 3} states and viewers`, () => {
    const differ = [];
    for (const state of states)
      for (const viewer of ['c', 'w', 'x']) {
        const derived = allowedActions({ userId: viewer }, state);
        const byHand = handBuilt(viewer, state);
        if (JSON.stringify(derived) !== JSON.stringify(byHand)) differ.push({ viewer, state, derived, byHand });
      }
    expect(differ.slice(0, 3)).toEqual([]);
  });

  it('offers a client the first milestone to fund on a new contract', () => {
    const state = states.find(
      (s) => s.status === 'awaiting_escrow' && s.milestones[0]?.status === 'unfunded' && s.deposits.length === 0,
    );
    expect(state && allowedActions({ userId: 'c' }, { ...state, pendingProposal: null, pendingTerms: false })).toEqual({
      role: 'client',
      contract: ['propose_terms', 'propose_termination', 'open_dispute'],
      milestones: { m1: ['fund'], m2: state?.milestones[1]?.status === 'unfunded' ? ['fund'] : [] },
    });
  });
});
