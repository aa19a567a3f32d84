import { describe, expect, it } from 'vitest';
import { allowedSteps, checkTransition, finalStatuses } from '../process/transitions';
import { SERVICE_STATUSES, SERVICE_TRANSITIONS } from './process';

describe('service process', () => {
  it('allows exactly these steps', () => {
    expect(allowedSteps(SERVICE_TRANSITIONS, SERVICE_STATUSES, ['seller', 'system'])).toEqual([
      'draft --publish(seller)--> published',
      'draft --hide(seller)--> hidden',
      'draft --hide(system)--> hidden',
      'published --pause(seller)--> paused',
      'published --hide(seller)--> hidden',
      'published --hide(system)--> hidden',
      'paused --resume(seller)--> published',
      'paused --hide(seller)--> hidden',
      'paused --hide(system)--> hidden',
      'hidden --publish(seller)--> published',
    ]);
  });

  it('never ends: a hidden service can be published again, nothing is deleted', () => {
    expect(finalStatuses(SERVICE_TRANSITIONS, SERVICE_STATUSES)).toEqual([]);
  });

  it('tells a wrong state from a step the actor may not take', () => {
    expect(checkTransition(SERVICE_TRANSITIONS, 'pause', 'draft', 'seller')).toEqual({ ok: false, reason: 'wrong-state' });
    expect(checkTransition(SERVICE_TRANSITIONS, 'publish', 'hidden', 'system')).toEqual({ ok: false, reason: 'not-allowed' });
    expect(checkTransition(SERVICE_TRANSITIONS, 'hide', 'hidden', 'seller')).toEqual({ ok: false, reason: 'wrong-state' });
  });
});
