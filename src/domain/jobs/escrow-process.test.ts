import { describe, expect, it } from 'vitest';
import { allowedSteps, finalStatuses } from '../process/transitions';
import { JOB_ESCROW_STATUSES, JOB_ESCROW_TRANSITIONS } from './escrow-process';

const ACTORS = ['client', 'worker', 'system', 'staff'] as const;

describe('job escrow transitions', () => {
  it('allows exactly these steps', () => {
    expect(allowedSteps(JOB_ESCROW_TRANSITIONS, JOB_ESCROW_STATUSES, ACTORS)).toEqual([
      'awaiting_deposit --fund(client)--> funded',
      'awaiting_deposit --fund(system)--> funded',
      'awaiting_deposit --fund(staff)--> funded',
      'awaiting_deposit --call_off(client)--> cancelled',
      'awaiting_deposit --call_off(staff)--> cancelled',
      'funded --close(client)--> closed',
      'funded --close(system)--> closed',
      'funded --close(staff)--> closed',
      'funded --settle(client)--> closed',
      'funded --settle(system)--> closed',
      'funded --cancel(client)--> cancelled',
      'funded --cancel(staff)--> cancelled',
      'closed --cancel(client)--> cancelled',
      'closed --cancel(staff)--> cancelled',
      'cancelled --prepare(client)--> awaiting_deposit',
    ]);
  });

  it('has no final state: a cancelled escrow can be paid again', () => {
    expect(finalStatuses(JOB_ESCROW_TRANSITIONS, JOB_ESCROW_STATUSES)).toEqual([]);
  });
});
