import { describe, expect, it } from 'vitest';
import { seal, unseal } from './vault';

const SECRET = 'a-secret-that-is-long-enough-for-tests-0001';

describe('withdrawal vault cipher', () => {
  it('round-trips and hides the plain text', () => {
    const data = { email: 'hanako@example.jp', name: '佐藤 花子' };
    const sealed = seal(SECRET, data);
    expect(sealed.toString('utf8')).not.toContain('hanako');
    expect(unseal(SECRET, sealed)).toEqual(data);
    expect(seal(SECRET, data).equals(sealed)).toBe(false);
  });

  it('refuses another key and tampered bytes', () => {
    const sealed = seal(SECRET, { a: 1 });
    expect(() => unseal('another-secret-that-is-long-enough-0002', sealed)).toThrow();
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
    expect(() => unseal(SECRET, tampered)).toThrow();
  });
});
