import { describe, expect, it } from 'vitest';
import { roleChangeProblem } from './staff-team';

describe('roleChangeProblem', () => {
  const base = { actorId: 'a', targetId: 'b', targetRole: 'admin' as const, adminCount: 2 };
  it('refuses one’s own role and the last admin’s, allows the rest', () => {
    expect(roleChangeProblem({ ...base, targetId: 'a', next: 'support' })).toBe('staff-own-role');
    expect(roleChangeProblem({ ...base, adminCount: 1, next: 'support' })).toBe('staff-last-admin');
    expect(roleChangeProblem({ ...base, adminCount: 1, next: null })).toBe('staff-last-admin');
    expect(roleChangeProblem({ ...base, adminCount: 1, next: 'admin' })).toBeNull();
    expect(roleChangeProblem({ ...base, next: null })).toBeNull();
    expect(roleChangeProblem({ ...base, targetRole: 'support', adminCount: 1, next: null })).toBeNull();
  });
});
