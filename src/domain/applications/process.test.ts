import { describe, expect, it } from 'vitest';
import { checkTransition } from '../process/transitions';
import { APPLICATION_TRANSITIONS, applicationExpiry, checkApply } from './process';

describe('application transitions', () => {
  it.each([
    ['hire', 'pending', 'client', 'hired'],
    ['decline', 'pending', 'client', 'declined'],
    ['withdraw', 'pending', 'worker', 'withdrawn'],
    ['expire', 'pending', 'system', 'expired'],
    ['decline', 'pending', 'system', 'declined'],
  ] as const)('%s from %s by %s → %s', (action, from, actor, to) => {
    expect(checkTransition(APPLICATION_TRANSITIONS, action, from, actor)).toEqual({ ok: true, from, to });
  });

  it.each([
    ['hire', 'pending', 'worker', 'not-allowed'],
    ['withdraw', 'pending', 'client', 'not-allowed'],
    ['expire', 'pending', 'client', 'not-allowed'],
    ['hire', 'declined', 'client', 'wrong-state'],
    ['withdraw', 'hired', 'worker', 'wrong-state'],
    ['decline', 'expired', 'client', 'wrong-state'],
    ['withdraw', 'withdrawn', 'worker', 'wrong-state'],
  ] as const)('%s from %s by %s is refused (%s)', (action, from, actor, reason) => {
    expect(checkTransition(APPLICATION_TRANSITIONS, action, from, actor)).toEqual({ ok: false, reason });
  });
});

describe('expiry rule', () => {
  it('expires the configured number of days after the deadline', () => {
    expect(applicationExpiry(new Date('2026-04-10T15:00:00Z'), 14).toISOString()).toBe('2026-04-24T15:00:00.000Z');
    expect(applicationExpiry(new Date('2026-04-10T15:00:00Z'), 0).toISOString()).toBe('2026-04-10T15:00:00.000Z');
  });
});

describe('who may apply', () => {
  const now = new Date('2026-04-01T00:00:00Z');
  const job = { status: 'open', kind: 'project', deadline: new Date('2026-04-05T00:00:00Z'), clientId: 'client' };
  it.each([
    [{}, 'worker', null],
    [{}, 'client', 'own-job'],
    [{ status: 'closed' }, 'worker', 'job-not-open'],
    [{ status: 'draft' }, 'worker', 'job-not-open'],
    [{ kind: 'task' }, 'worker', 'job-kind-not-applicable'],
    [{ kind: 'competition' }, 'worker', 'job-kind-not-applicable'],
    [{ deadline: new Date('2026-04-01T00:00:00Z') }, 'worker', 'job-deadline-passed'],
  ] as const)('%j by %s → %s', (override, who, expected) => {
    expect(checkApply({ ...job, ...override }, who, now)).toBe(expected);
  });
});
