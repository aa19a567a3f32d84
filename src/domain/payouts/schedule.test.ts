import { describe, expect, it } from 'vitest';
import { checkBatchDate, isBankBusinessDay, japanDate, payoutDate, previousBusinessDay, transferDateReached } from './schedule';

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

describe('the transfer date of a payout batch', () => {
  it('is a bank business day: 2027-01-02 (a Saturday in the year-end closure) is refused with the days around it', () => {
    // The reproduction: a request promised 2026-12-30, batched for 2027-01-02.
    expect(checkBatchDate('2027-01-02', '2026-12-07', ['2026-12-30'])).toEqual({
      code: 'payout-date-not-business-day',
      previous: '2026-12-30',
      next: '2027-01-04',
    });
    expect(checkBatchDate('2026-12-31', '2026-12-07', [])).toMatchObject({ code: 'payout-date-not-business-day' });
    expect(checkBatchDate('2026-11-23', '2026-11-01', [])).toMatchObject({ code: 'payout-date-not-business-day' });
  });

  it('is not in the past (Japan time)', () => {
    expect(checkBatchDate('2026-12-04', '2026-12-07', [])).toEqual({ code: 'payout-date-past', today: '2026-12-07' });
    expect(checkBatchDate('2026-12-07', '2026-12-07', ['2026-12-07'])).toBeNull();
  });

  it('is not after the date promised to a request it takes; later promises wait for their own batch', () => {
    expect(checkBatchDate('2026-12-30', '2026-12-07', ['2026-12-30', '2027-01-15'])).toBeNull();
    expect(checkBatchDate('2027-01-15', '2026-12-07', ['2026-12-30', '2027-01-15'])).toEqual({
      code: 'payout-date-after-promise',
      promisedDate: '2026-12-30',
      latest: '2026-12-30',
    });
    // Paying before the promised date takes nothing promised later.
    expect(checkBatchDate('2026-12-15', '2026-12-07', ['2026-12-30'])).toBeNull();
  });

  it('pays a promise already missed as soon as possible: today or the next business day', () => {
    // Promised Friday 2026-12-04, not paid; today is Monday 2026-12-07.
    expect(checkBatchDate('2026-12-07', '2026-12-07', ['2026-12-04'])).toBeNull();
    expect(checkBatchDate('2026-12-08', '2026-12-07', ['2026-12-04'])).toBeNull();
    expect(checkBatchDate('2026-12-09', '2026-12-07', ['2026-12-04'])).toEqual({
      code: 'payout-date-after-promise',
      promisedDate: '2026-12-04',
      latest: '2026-12-08',
    });
    // On a Saturday the next business day is Monday.
    expect(checkBatchDate('2026-12-07', '2026-12-05', ['2026-12-04'])).toBeNull();
  });

  it('is reached on the transfer date in Japan, not before', () => {
    expect(transferDateReached('2026-12-30', jst('2026-12-29T23:59:59'))).toBe(false);
    expect(transferDateReached('2026-12-30', jst('2026-12-30T00:00:00'))).toBe(true);
    expect(transferDateReached('2026-12-30', jst('2027-01-04T09:00:00'))).toBe(true);
  });
});
