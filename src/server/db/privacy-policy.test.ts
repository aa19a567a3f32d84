// The privacy policy cannot forget a table: every table of the data map that holds
// personal data is in exactly one kind the policy lists, and the policy names no table
// the map does not know.
import { describe, expect, it } from 'vitest';
import { PRIVACY_DATA_KINDS } from '../../shared/privacy-policy';
import { PRIVACY_MAP } from './privacy-map';

const personalTables = Object.entries(PRIVACY_MAP)
  .filter(([, p]) => Object.values(p.columns).some((c) => c.class === 'personal' || c.class === 'retained'))
  .map(([table]) => table);

describe('privacy policy against the data map', () => {
  it('lists every table that holds personal data, once', () => {
    const listed = PRIVACY_DATA_KINDS.flatMap((k) => k.tables);
    expect(new Set(listed).size).toBe(listed.length);
    expect(personalTables.filter((t) => !listed.includes(t))).toEqual([]);
  });

  it('names only tables of the map', () => {
    const known = new Set(Object.keys(PRIVACY_MAP));
    expect(PRIVACY_DATA_KINDS.flatMap((k) => k.tables).filter((t) => !known.has(t))).toEqual([]);
  });
});
