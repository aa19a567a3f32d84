// Termination proposals (途中解消の提案): one party proposes how the escrow is split;
// the other agrees (the contract is terminated) or refuses (a dispute opens). Silence
// for the response period escalates it to staff; proposing again replaces one's own.
import type { Transition } from '../process/transitions';

export const PROPOSAL_STATUSES = ['pending', 'accepted', 'refused', 'escalated', 'superseded'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export type ProposalAction = 'accept' | 'refuse' | 'escalate' | 'supersede';

export const PROPOSAL_TRANSITIONS: readonly Transition<ProposalStatus, ProposalAction>[] = [
  // The other party answers (policies: not the proposer).
  { action: 'accept', from: ['pending'], to: 'accepted', actors: ['client', 'worker'] },
  { action: 'refuse', from: ['pending'], to: 'refused', actors: ['client', 'worker'] },
  // Nobody answered in time, or either party opened a dispute meanwhile.
  {
    action: 'escalate',
    from: ['pending'],
    to: 'escalated',
    actors: ['client', 'worker', 'system'],
    timer: 'terminationResponseDays after the proposal (respond_by)',
  },
  // The proposer proposes again (policies: only the proposer).
  { action: 'supersede', from: ['pending'], to: 'superseded', actors: ['client', 'worker'] },
];
