import { describe, expect, it } from 'vitest';
import {
  canConfirmDeposits,
  canHandleDisputes,
  canManagePayouts,
  FINANCE,
  hasStaffRole,
  isConflicted,
  STAFF_ROLES,
  type StaffRole,
  SUPPORT,
} from './staff';

const as = (staffRole: StaffRole | null) => ({ userId: 'u1', staffRole });

describe('staff roles', () => {
  it.each([
    [null, false, false],
    ['support', false, true],
    ['finance', true, false],
    ['moderator', false, false],
    ['admin', true, true],
  ] as const)('%s: money %s, disputes %s', (role, money, disputes) => {
    expect(canManagePayouts(as(role))).toBe(money);
    expect(canConfirmDeposits(as(role))).toBe(money);
    expect(canHandleDisputes(as(role))).toBe(disputes);
    expect(hasStaffRole(as(role), FINANCE)).toBe(money);
    expect(hasStaffRole(as(role), SUPPORT)).toBe(disputes);
  });

  it('lets admin do anything and nobody else what their role does not name', () => {
    for (const role of STAFF_ROLES) expect(hasStaffRole(as(role), [])).toBe(role === 'admin');
  });

  it('refuses a staff member who is a party', () => {
    expect(isConflicted('u1', ['u2', 'u1'])).toBe(true);
    expect(isConflicted('u1', ['u2', null, undefined])).toBe(false);
    expect(isConflicted('u1', [])).toBe(false);
  });
});
