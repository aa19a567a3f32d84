import { describe, expect, it } from 'vitest';
import { allowedSteps, finalStatuses } from '../process/transitions';
import { TASK_SUBMISSION_STATUSES, TASK_SUBMISSION_TRANSITIONS } from './process';

const ACTORS = ['client', 'worker', 'system', 'staff'] as const;

describe('task submission transitions', () => {
  it('allows exactly these steps', () => {
    expect(allowedSteps(TASK_SUBMISSION_TRANSITIONS, TASK_SUBMISSION_STATUSES, ACTORS)).toEqual([
      'pending --approve(client)--> approved',
      'pending --auto_approve(system)--> approved',
      'pending --reject(client)--> rejected',
      'pending --withdraw(worker)--> withdrawn',
    ]);
  });

  it('leaves pending only', () => {
    expect(finalStatuses(TASK_SUBMISSION_TRANSITIONS, TASK_SUBMISSION_STATUSES)).toEqual(['approved', 'rejected', 'withdrawn']);
  });
});
