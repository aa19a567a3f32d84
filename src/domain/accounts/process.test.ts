import { describe, expect, it } from 'vitest';
import { allowedSteps, finalStatuses } from '../process/transitions';
import { ACCOUNT_TRANSITIONS, USER_STATUSES } from './process';

describe('account transitions', () => {
  it('allows exactly these steps', () => {
    expect(allowedSteps(ACCOUNT_TRANSITIONS, USER_STATUSES, ['member', 'system', 'staff'])).toEqual([
      'active --schedule_withdrawal(member)--> withdrawing',
      'active --withdraw(member)--> withdrawn',
      'active --withdraw(system)--> withdrawn',
      'withdrawing --cancel_withdrawal(member)--> active',
      'withdrawing --cancel_withdrawal(system)--> active',
      'withdrawing --withdraw(member)--> withdrawn',
      'withdrawing --withdraw(system)--> withdrawn',
      'withdrawn --restore(member)--> active',
    ]);
  });

  it('leaves a suspended account as it is', () => {
    expect(finalStatuses(ACCOUNT_TRANSITIONS, USER_STATUSES)).toEqual(['suspended']);
  });
});
