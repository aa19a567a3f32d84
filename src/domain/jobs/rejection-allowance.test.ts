import { describe, expect, it } from 'vitest';
import { rejectionAllowance } from './work-money';

const sub = (id: string, workerId: string, status: string) => ({ id, workerId, status });

describe('the rejection allowance of a task', () => {
  const limit = 300_000;

  it('counts the submissions by status and tells when the next rejection is allowed', () => {
    const allowance = rejectionAllowance(
      [sub('1', 'a', 'pending'), sub('2', 'b', 'approved'), sub('3', 'c', 'pending'), sub('4', 'd', 'withdrawn')],
      limit,
    );
    expect(allowance.counts).toEqual({ pending: 2, approved: 1, rejected: 0 });
    // Three received (the withdrawn one does not count): rejecting one would be 33%.
    expect(allowance.rejection).toEqual({ limitPercent: 30, allowedNow: false, submissionsUntilNext: 1 });
    expect([...allowance.rejectable]).toEqual([]);
  });

  it('offers the pending submissions within the cap, per worker too', () => {
    // Worker a sent seven, three other workers one each; one of a's was rejected.
    const mine = Array.from({ length: 7 }, (_, i) => sub(`a${i}`, 'a', i === 0 ? 'rejected' : 'pending'));
    const others = [sub('b', 'b', 'pending'), sub('c', 'c', 'approved'), sub('d', 'd', 'pending')];
    const allowance = rejectionAllowance([...mine, ...others], limit);
    expect(allowance.counts).toEqual({ pending: 8, approved: 1, rejected: 1 });
    expect(allowance.rejection.allowedNow).toBe(true);
    // 2 of 10 by submissions is within 30%: everything pending may be rejected.
    expect(allowance.rejectable.size).toBe(8);

    const more = [...mine.map((s, i) => (i < 3 ? { ...s, status: 'rejected' } : s)), ...others];
    const after = rejectionAllowance(more, limit);
    // 4 of 10 is over the cap by submissions; by workers a is one of four (25%), so a's
    // stay rejectable and the others' are protected.
    expect(after.rejection.allowedNow).toBe(false);
    expect([...after.rejectable].sort()).toEqual(['a3', 'a4', 'a5', 'a6']);
  });

  it('allows none with a cap of 0', () => {
    const allowance = rejectionAllowance([sub('1', 'a', 'pending')], 0);
    expect(allowance.rejection).toEqual({ limitPercent: 0, allowedNow: false, submissionsUntilNext: null });
    expect(allowance.rejectable.size).toBe(0);
  });
});
