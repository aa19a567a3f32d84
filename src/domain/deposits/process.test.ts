import { describe, expect, it } from 'vitest';
import { allowedSteps, finalStatuses } from '../process/transitions';
import { DEPOSIT_STATUSES, DEPOSIT_TRANSITIONS } from './process';

const ACTORS = ['client', 'worker', 'system', 'staff'] as const;

describe('deposit transitions', () => {
  it('allows exactly these steps', () => {
    expect(allowedSteps(DEPOSIT_TRANSITIONS, DEPOSIT_STATUSES, ACTORS)).toEqual([
      'pending --confirm(system)--> confirmed',
      'pending --confirm(staff)--> confirmed',
      'pending --cancel(client)--> cancelled',
      'pending --cancel(system)--> cancelled',
      'pending --cancel(staff)--> cancelled',
    ]);
  });

  it('ends confirmed or cancelled', () => {
    expect(finalStatuses(DEPOSIT_TRANSITIONS, DEPOSIT_STATUSES)).toEqual(['confirmed', 'cancelled']);
  });
});
