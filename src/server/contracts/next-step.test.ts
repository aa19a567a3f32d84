import { describe, expect, it } from 'vitest';
import { nextStep } from './next-step';

const base = { status: 'in_progress' as const, proposal: null, reviewed: false };
const m = (status: string, extra: Partial<{ due_date: string; auto_accept_at: Date | null }> = {}) =>
  ({ status, due_date: '2026-06-01', auto_accept_at: null, ...extra }) as never;

describe('the next step of a contract', () => {
  it.each([
    [{ ...base, status: 'awaiting_escrow', role: 'client', milestones: [m('unfunded')] }, 'fund'],
    [{ ...base, status: 'awaiting_escrow', role: 'worker', milestones: [m('unfunded')] }, 'wait_funding'],
    [{ ...base, role: 'worker', milestones: [m('funded')] }, 'deliver'],
    [{ ...base, role: 'client', milestones: [m('funded')] }, 'wait_delivery'],
    [{ ...base, role: 'client', milestones: [m('paid'), m('delivered')] }, 'review_delivery'],
    [{ ...base, role: 'worker', milestones: [m('delivered')] }, 'wait_review'],
    [{ ...base, status: 'disputed', role: 'worker', milestones: [] }, 'staff'],
    [{ ...base, status: 'completed', role: 'worker', milestones: [] }, 'review'],
    [{ ...base, status: 'completed', role: 'worker', milestones: [], reviewed: true }, null],
    [
      {
        ...base,
        role: 'worker',
        milestones: [m('funded')],
        proposal: { proposer_role: 'client', respond_by: new Date('2026-06-08T00:00:00Z') },
      },
      'answer_termination',
    ],
    [
      {
        ...base,
        role: 'client',
        milestones: [m('funded')],
        proposal: { proposer_role: 'client', respond_by: new Date('2026-06-08T00:00:00Z') },
      },
      'wait_termination_answer',
    ],
  ] as const)('%j → %s', (input, step) => {
    expect(nextStep(input as unknown as Parameters<typeof nextStep>[0]).step).toBe(step);
  });
});
