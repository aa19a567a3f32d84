import { describe, expect, it } from 'vitest';
import { allowedSteps, finalStatuses } from '../process/transitions';
import { PAYOUT_STATUSES, PAYOUT_TRANSITIONS } from './process';

const ACTORS = ['client', 'worker', 'system', 'staff'] as const;

describe('payout request transitions', () => {
  it('allows exactly these steps', () => {
    expect(allowedSteps(PAYOUT_TRANSITIONS, PAYOUT_STATUSES, ACTORS)).toEqual([
      'requested --batch(staff)--> batched',
      'batched --pay(staff)--> paid',
      'batched --fail(staff)--> failed',
    ]);
  });

  it('ends paid or failed', () => {
    expect(finalStatuses(PAYOUT_TRANSITIONS, PAYOUT_STATUSES)).toEqual(['paid', 'failed']);
  });
});
