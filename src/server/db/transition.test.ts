import { describe, expect, it } from 'vitest';
import { MILESTONE_TRANSITIONS } from '../../domain/contracts/process';
import { AppError } from '../../domain/errors';
import { checkStep } from './transition';

const refusals = { notAllowed: 'forbidden', wrongState: 'milestone-transition-invalid' } as const;
const step = (action: 'accept' | 'deliver', current: 'delivered' | 'funded', actor: 'client' | 'worker') => ({
  machine: MILESTONE_TRANSITIONS,
  action,
  actor,
  current,
  refusals,
});

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return error instanceof AppError ? error.code : error;
  }
  return null;
};

describe('a step checked against its table', () => {
  it('gives the status the row must have and the one it gets', () => {
    expect(checkStep(step('accept', 'delivered', 'client'))).toEqual({ from: 'delivered', to: 'accepted' });
  });

  it('takes a second step from the first one’s result', () => {
    expect(checkStep({ ...step('accept', 'delivered', 'client'), andThen: { action: 'pay', actor: 'system' } })).toEqual({
      from: 'delivered',
      to: 'paid',
    });
  });

  it('refuses an actor who may never take it, then a wrong state, then a second step from the wrong state', () => {
    expect(refusal(() => checkStep(step('accept', 'delivered', 'worker')))).toBe('forbidden');
    expect(refusal(() => checkStep(step('deliver', 'delivered', 'worker')))).toBe('milestone-transition-invalid');
    expect(
      refusal(() => checkStep({ ...step('accept', 'delivered', 'client'), andThen: { action: 'deliver', actor: 'worker' } })),
    ).toBe('milestone-transition-invalid');
  });
});
