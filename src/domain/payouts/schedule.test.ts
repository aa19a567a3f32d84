import { describe, expect, it } from 'vitest';
import { isBankBusinessDay, japanDate, payoutDate, previousBusinessDay } from './schedule';

const jst = (local: string) => new Date(`${local}+09:00`);

describe('bank business days', () => {
  it.each([
    ['2026-05-01', true], // Friday between holidays
    ['2026-05-02', false], // Saturday
    ['2026-05-03', false], // 憲法記念日 (Sunday)
    ['2026-05-04', false], // みどりの日
    ['2026-05-05', false], // こどもの日
    ['2026-05-06', false], // 振替休日
    ['2026-05-07', true],
    ['2026-12-30', true],
    ['2026-12-31', false], // banks close
    ['2027-01-01', false],
    ['2027-01-04', true],
    ['2026-11-23', false], // 勤労感謝の日
  ])('%s → %s', (date, expected) => {
    expect(isBankBusinessDay(date)).toBe(expected);
  });

  it('moves back over Golden Week and the year end', () => {
    expect(previousBusinessDay('2026-05-06')).toBe('2026-05-01');
    expect(previousBusinessDay('2027-01-03')).toBe('2026-12-30');
    expect(previousBusinessDay('2026-05-07')).toBe('2026-05-07');
  });
});

describe('payout dates', () => {
  it.each([
    ['2026-04-10T12:00:00', '2026-04-30'], // by the 15th → month end (Thursday)
    ['2026-04-15T23:59:59', '2026-04-30'], // the cut-off day counts, in Japan time
    ['2026-04-16T00:00:00', '2026-05-15'], // after it → the 15th of next month
    ['2026-12-10T09:00:00', '2026-12-30'], // 31 December is a bank holiday
    ['2026-12-20T09:00:00', '2027-01-15'], // across the year
    ['2027-04-20T09:00:00', '2027-05-14'], // 15 May 2027 is a Saturday
    ['2026-10-20T09:00:00', '2026-11-13'], // 15 November 2026 is a Sunday
    ['2026-01-05T09:00:00', '2026-01-30'], // 31 January 2026 is a Saturday
  ])('requested %s (JST) → transferred %s', (requested, expected) => {
    expect(payoutDate(jst(requested))).toBe(expected);
  });

  it('reads the date in Japan time, not UTC', () => {
    // 15 April 23:30 UTC is already the 16th in Japan.
    expect(japanDate(new Date('2026-04-15T23:30:00Z'))).toBe('2026-04-16');
    expect(payoutDate(new Date('2026-04-15T23:30:00Z'))).toBe('2026-05-15');
  });
});
