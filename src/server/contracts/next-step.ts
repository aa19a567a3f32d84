import { hasEnded, isFrozen } from '../../domain/policies/contracts';
import type { ContractStatus, MilestoneStatus } from '../db/schema';

interface StepInput {
  role: 'client' | 'worker';
  status: ContractStatus;
  milestones: { status: MilestoneStatus; due_date: string; auto_accept_at: Date | null }[];
  proposal: { proposer_role: string; respond_by: Date } | null;
  reviewed: boolean;
}

/** The next step on a contract from the viewer's side, and its date. */
export function nextStep(c: StepInput): { step: string | null; date: string | null } {
  if (isFrozen(c)) return { step: 'staff', date: null };
  if (hasEnded(c)) return { step: c.reviewed ? null : 'review', date: null };
  if (c.proposal) {
    const mine = c.proposal.proposer_role === c.role;
    return { step: mine ? 'wait_termination_answer' : 'answer_termination', date: c.proposal.respond_by.toISOString() };
  }
  const delivered = c.milestones.find((m) => m.status === 'delivered');
  if (delivered)
    return {
      step: c.role === 'client' ? 'review_delivery' : 'wait_review',
      date: delivered.auto_accept_at?.toISOString() ?? null,
    };
  const funded = c.milestones.find((m) => m.status === 'funded');
  if (funded) return { step: c.role === 'worker' ? 'deliver' : 'wait_delivery', date: funded.due_date };
  const unfunded = c.milestones.find((m) => m.status === 'unfunded');
  if (unfunded) return { step: c.role === 'client' ? 'fund' : 'wait_funding', date: null };
  return { step: null, date: null };
}
