import { describe, expect, it } from 'vitest';
import { addDays, addYears, monthOf, scrubIdentifiers } from './retention';

describe('retention dates', () => {
  it('adds days and years in UTC, including leap days', () => {
    expect(addDays(new Date('2026-04-01T00:00:00Z'), 14).toISOString()).toBe('2026-04-15T00:00:00.000Z');
    expect(addYears(new Date('2026-04-01T09:00:00Z'), 5).toISOString()).toBe('2031-04-01T09:00:00.000Z');
    expect(addYears(new Date('2028-02-29T00:00:00Z'), 5).toISOString()).toBe('2033-03-01T00:00:00.000Z');
  });

  it('keeps only the month', () => {
    expect(monthOf(new Date('2026-11-28T23:59:59Z'))).toBe('2026-11-01');
    // Months are Japan's: 15:00 UTC on the last day is already the next month in Tokyo.
    expect(monthOf(new Date('2026-11-30T14:59:59Z'))).toBe('2026-11-01');
    expect(monthOf(new Date('2026-11-30T15:00:00Z'))).toBe('2026-12-01');
  });
});

describe('scrubIdentifiers', () => {
  it.each([
    ['佐藤 花子です', ['佐藤 花子'], '＊＊＊です'],
    ['HANAKO@EXAMPLE.JP に連絡', ['hanako@example.jp'], '＊＊＊ に連絡'],
    ['ｈａｎａｋｏ_sato として', ['hanako_sato'], '＊＊＊ として'],
    ['連絡先 090-1234-5678', [], '連絡先 ＊＊＊'],
    ['other@example.com まで', [], '＊＊＊ まで'],
    ['単価が安い', ['花子'], '単価が安い'],
    ['a (regex) [chars]', ['(regex)'], 'a ＊＊＊ [chars]'],
  ])('%j', (input, ids, expected) => {
    expect(scrubIdentifiers(input, ids)).toBe(expected);
  });

  it('ignores empty and one-character identifiers', () => {
    expect(scrubIdentifiers('abc', ['', null, undefined, 'a'])).toBe('abc');
  });
});
