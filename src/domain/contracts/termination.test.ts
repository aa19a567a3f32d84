import { describe, expect, it } from 'vitest';
import { allowedSteps, finalStatuses } from '../process/transitions';
import { DISPUTE_STATUSES, DISPUTE_TRANSITIONS } from './dispute';
import { PROPOSAL_STATUSES, PROPOSAL_TRANSITIONS } from './termination';

const ACTORS = ['client', 'worker', 'system', 'staff'] as const;

describe('termination proposal transitions', () => {
  it('allows exactly these steps', () => {
    expect(allowedSteps(PROPOSAL_TRANSITIONS, PROPOSAL_STATUSES, ACTORS)).toEqual([
      'pending --accept(client)--> accepted',
      'pending --accept(worker)--> accepted',
      'pending --refuse(client)--> refused',
      'pending --refuse(worker)--> refused',
      'pending --escalate(client)--> escalated',
      'pending --escalate(worker)--> escalated',
      'pending --escalate(system)--> escalated',
      'pending --supersede(client)--> superseded',
      'pending --supersede(worker)--> superseded',
    ]);
  });

  it('leaves pending only', () => {
    expect(finalStatuses(PROPOSAL_TRANSITIONS, PROPOSAL_STATUSES)).toEqual(['accepted', 'refused', 'escalated', 'superseded']);
  });

  it('escalates by a timer', () => {
    expect(PROPOSAL_TRANSITIONS.find((t) => t.action === 'escalate')?.timer).toBeTruthy();
  });
});

describe('dispute transitions', () => {
  it('allows exactly these steps', () => {
    expect(allowedSteps(DISPUTE_TRANSITIONS, DISPUTE_STATUSES, ACTORS)).toEqual(['open --settle(staff)--> settled']);
  });
});
