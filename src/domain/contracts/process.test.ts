import { describe, expect, it } from 'vitest';
import { ACTORS, allowedSteps, checkTransition, finalStatuses } from '../process/transitions';
import {
  acceptanceReminderDue,
  autoAcceptAt,
  CONTRACT_STATUSES,
  CONTRACT_TRANSITIONS,
  MILESTONE_FINAL,
  MILESTONE_STATUSES,
  MILESTONE_TRANSITIONS,
  nextAcceptanceCheck,
} from './process';

describe('milestone transitions', () => {
  it.each([
    ['fund', 'unfunded', 'client', 'funded'],
    ['fund', 'unfunded', 'staff', 'funded'],
    // The payment provider's webhook confirms a card or konbini payment.
    ['fund', 'unfunded', 'system', 'funded'],
    ['deliver', 'funded', 'worker', 'delivered'],
    ['request_revision', 'delivered', 'client', 'funded'],
    ['accept', 'delivered', 'client', 'accepted'],
    ['auto_accept', 'delivered', 'system', 'accepted'],
    ['pay', 'accepted', 'system', 'paid'],
    ['refund', 'funded', 'staff', 'refunded'],
  ] as const)('%s: %s by %s → %s', (action, from, actor, to) => {
    expect(checkTransition(MILESTONE_TRANSITIONS, action, from, actor)).toEqual({ ok: true, from, to });
  });

  it.each([
    ['deliver', 'unfunded', 'worker', 'wrong-state'],
    ['accept', 'funded', 'client', 'wrong-state'],
    ['accept', 'accepted', 'client', 'wrong-state'],
    ['accept', 'delivered', 'worker', 'not-allowed'],
    ['deliver', 'funded', 'client', 'not-allowed'],
    ['auto_accept', 'delivered', 'client', 'not-allowed'],
    ['refund', 'paid', 'staff', 'wrong-state'],
    ['refund', 'accepted', 'staff', 'wrong-state'],
  ] as const)('%s: %s by %s is refused (%s)', (action, from, actor, reason) => {
    expect(checkTransition(MILESTONE_TRANSITIONS, action, from, actor)).toEqual({ ok: false, reason });
  });
});

describe('contract transitions', () => {
  it.each([
    ['start', 'awaiting_escrow', 'system', 'in_progress'],
    ['complete', 'in_progress', 'system', 'completed'],
    ['terminate', 'in_progress', 'system', 'terminated'],
    ['dispute', 'in_progress', 'worker', 'disputed'],
    ['dispute', 'awaiting_escrow', 'client', 'disputed'],
    ['settle', 'disputed', 'staff', 'terminated'],
  ] as const)('%s: %s by %s → %s', (action, from, actor, to) => {
    expect(checkTransition(CONTRACT_TRANSITIONS, action, from, actor)).toEqual({ ok: true, from, to });
  });

  it.each([
    ['complete', 'awaiting_escrow', 'system', 'wrong-state'],
    ['dispute', 'completed', 'client', 'wrong-state'],
    ['settle', 'disputed', 'client', 'not-allowed'],
    ['terminate', 'completed', 'system', 'wrong-state'],
  ] as const)('%s: %s by %s is refused (%s)', (action, from, actor, reason) => {
    expect(checkTransition(CONTRACT_TRANSITIONS, action, from, actor)).toEqual({ ok: false, reason });
  });
});

describe('auto-acceptance timer', () => {
  const delivered = new Date('2026-05-01T00:00:00Z');
  it('accepts 14 days after delivery by default', () => {
    expect(autoAcceptAt(delivered, 14).toISOString()).toBe('2026-05-15T00:00:00.000Z');
  });
  const at = (iso: string) => new Date(iso);
  it('runs one timer: at each reminder 7, 3 and 1 days before, then at the deadline', () => {
    const deadline = autoAcceptAt(delivered, 14);
    const checks: string[] = [];
    let now = delivered;
    while (now.getTime() < deadline.getTime()) {
      now = nextAcceptanceCheck(delivered, deadline, now);
      checks.push(`${now.toISOString().slice(0, 10)} ${acceptanceReminderDue(delivered, deadline, now)}`);
    }
    expect(checks).toEqual(['2026-05-08 7', '2026-05-12 3', '2026-05-14 1', '2026-05-15 null']);
  });
  it('skips reminders that would come before the delivery (a short countdown)', () => {
    const deadline = autoAcceptAt(delivered, 3);
    expect(nextAcceptanceCheck(delivered, deadline, delivered).toISOString()).toBe('2026-05-03T00:00:00.000Z');
    expect(acceptanceReminderDue(delivered, deadline, at('2026-05-02T00:00:00Z'))).toBeNull();
    expect(acceptanceReminderDue(delivered, deadline, at('2026-05-03T00:00:00Z'))).toBe(1);
  });
  it('a late run sends only the reminder that applies now', () => {
    const deadline = autoAcceptAt(delivered, 14);
    expect(acceptanceReminderDue(delivered, deadline, at('2026-05-14T06:00:00Z'))).toBe(1);
    expect(nextAcceptanceCheck(delivered, deadline, at('2026-05-14T06:00:00Z')).toISOString()).toBe(deadline.toISOString());
    expect(acceptanceReminderDue(delivered, deadline, deadline)).toBeNull();
  });
});

describe('the whole tables', () => {
  it('contract: exactly these steps', () => {
    expect(allowedSteps(CONTRACT_TRANSITIONS, CONTRACT_STATUSES, ACTORS)).toEqual([
      'awaiting_escrow --start(system)--> in_progress',
      'awaiting_escrow --terminate(client)--> terminated',
      'awaiting_escrow --terminate(worker)--> terminated',
      'awaiting_escrow --terminate(system)--> terminated',
      'awaiting_escrow --dispute(client)--> disputed',
      'awaiting_escrow --dispute(worker)--> disputed',
      'awaiting_escrow --dispute(system)--> disputed',
      'in_progress --complete(system)--> completed',
      'in_progress --terminate(client)--> terminated',
      'in_progress --terminate(worker)--> terminated',
      'in_progress --terminate(system)--> terminated',
      'in_progress --dispute(client)--> disputed',
      'in_progress --dispute(worker)--> disputed',
      'in_progress --dispute(system)--> disputed',
      'disputed --settle(staff)--> terminated',
    ]);
    expect(finalStatuses(CONTRACT_TRANSITIONS, CONTRACT_STATUSES)).toEqual(['completed', 'terminated']);
  });

  it('milestone: exactly these steps', () => {
    expect(allowedSteps(MILESTONE_TRANSITIONS, MILESTONE_STATUSES, ACTORS)).toEqual([
      'unfunded --fund(client)--> funded',
      'unfunded --fund(system)--> funded',
      'unfunded --fund(staff)--> funded',
      'unfunded --cancel(system)--> cancelled',
      'unfunded --cancel(staff)--> cancelled',
      'funded --deliver(worker)--> delivered',
      'funded --refund(system)--> refunded',
      'funded --refund(staff)--> refunded',
      'funded --settle(system)--> settled',
      'funded --settle(staff)--> settled',
      'delivered --request_revision(client)--> funded',
      'delivered --accept(client)--> accepted',
      'delivered --auto_accept(system)--> accepted',
      'delivered --refund(system)--> refunded',
      'delivered --refund(staff)--> refunded',
      'delivered --settle(system)--> settled',
      'delivered --settle(staff)--> settled',
      'accepted --pay(system)--> paid',
    ]);
    expect(finalStatuses(MILESTONE_TRANSITIONS, MILESTONE_STATUSES)).toEqual(MILESTONE_FINAL);
  });
});
