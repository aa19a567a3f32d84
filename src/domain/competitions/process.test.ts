import { describe, expect, it } from 'vitest';
import { allowedSteps, finalStatuses } from '../process/transitions';
import { ENTRY_STATUSES, ENTRY_TRANSITIONS } from './process';

const ACTORS = ['client', 'worker', 'system', 'staff'] as const;

describe('competition entry transitions', () => {
  it('allows exactly these steps', () => {
    expect(allowedSteps(ENTRY_TRANSITIONS, ENTRY_STATUSES, ACTORS)).toEqual(['submitted --withdraw(worker)--> withdrawn']);
    expect(finalStatuses(ENTRY_TRANSITIONS, ENTRY_STATUSES)).toEqual(['withdrawn']);
  });
});
