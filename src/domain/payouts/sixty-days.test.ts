// The 60-day rule against the schedule, for every acceptance date of 2026–2028: year ends,
// Golden Week, Silver Week and every weekend included.
import { describe, expect, it } from 'vitest';
import { addDays, isBankBusinessDay, payoutDate } from './schedule';
import {
  dueWithinSixtyDays,
  expectedPaymentDate,
  isPaymentDate,
  japaneseDateLabel,
  latestPaymentDate,
  nextPaymentDateAfter,
  paymentDatesOfMonth,
  requestPaymentDate,
  sixtyDayDeadline,
} from './sixty-days';

function everyDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

const DAYS = everyDay('2026-01-01', '2028-12-31');

describe('payment dates', () => {
  it('are the 15th and the month end, moved back to a bank business day', () => {
    expect(paymentDatesOfMonth(2026, 4)).toEqual(['2026-04-15', '2026-04-30']);
    // 15 August 2026 is a Saturday, 31 May 2026 a Sunday.
    expect(paymentDatesOfMonth(2026, 8)).toEqual(['2026-08-14', '2026-08-31']);
    expect(paymentDatesOfMonth(2026, 5)).toEqual(['2026-05-15', '2026-05-29']);
    // 31 December is a bank holiday: the year's last payment is on the 30th (a Wednesday in 2026).
    expect(paymentDatesOfMonth(2026, 12)).toEqual(['2026-12-15', '2026-12-30']);
    // 15 January 2028 is a Saturday.
    expect(paymentDatesOfMonth(2028, 1)).toEqual(['2028-01-14', '2028-01-31']);
  });

  it('are always bank business days, two a month', () => {
    for (let y = 2026; y <= 2028; y++)
      for (let m = 1; m <= 12; m++) {
        const dates = paymentDatesOfMonth(y, m);
        expect(dates).toHaveLength(2);
        for (const d of dates) expect(isBankBusinessDay(d), d).toBe(true);
      }
  });
});

describe('the 60-day rule (検収から60日以内)', () => {
  it('counts the day of acceptance as the first of the 60', () => {
    expect(sixtyDayDeadline('2026-04-01')).toBe('2026-05-30');
    expect(sixtyDayDeadline('2026-12-20')).toBe('2027-02-17');
  });

  it('for every acceptance date of 2026–2028, the latest payment date is a payment date after it and within 60 days', () => {
    const breaches: string[] = [];
    for (const accepted of DAYS) {
      const latest = latestPaymentDate(accepted);
      const deadline = sixtyDayDeadline(accepted);
      if (!(latest > accepted && latest <= deadline && isPaymentDate(latest) && isBankBusinessDay(latest)))
        breaches.push(`${accepted} → ${latest}`);
      // It is the latest: the next payment date would be too late.
      if (nextPaymentDateAfter(latest) <= deadline) breaches.push(`${accepted}: ${latest} is not the latest`);
    }
    expect(breaches).toEqual([]);
  });

  it('a request made on the day of acceptance is paid no later than the automatic payment', () => {
    for (const accepted of DAYS) {
      // Any time of that day in Japan: 00:00 and 23:59 JST.
      for (const time of ['T00:00:00+09:00', 'T23:59:00+09:00']) {
        const requested = payoutDate(new Date(`${accepted}${time}`));
        expect(requested <= latestPaymentDate(accepted), `${accepted}${time}`).toBe(true);
        expect(requested <= sixtyDayDeadline(accepted)).toBe(true);
      }
    }
  });

  it('automatic payouts pay on the first payment date after the acceptance, well within 60 days', () => {
    for (const accepted of DAYS) {
      const date = expectedPaymentDate(accepted, true);
      expect(date > accepted && date <= sixtyDayDeadline(accepted) && isPaymentDate(date), accepted).toBe(true);
      expect(expectedPaymentDate(accepted, false)).toBe(latestPaymentDate(accepted));
    }
  });

  it('every payment date run sweeps exactly the earnings whose 60 days would end before the next run', () => {
    const runs = DAYS.filter((d) => isPaymentDate(d));
    for (const accepted of DAYS.slice(0, 700)) {
      const due = runs.filter((run) => run > accepted && dueWithinSixtyDays(accepted, run));
      // The first run it is due on is its latest payment date; every later run catches it too.
      expect(due[0], accepted).toBe(latestPaymentDate(accepted));
    }
  });

  it('year end and Golden Week: earnings accepted then are paid before their 60 days end', () => {
    // Accepted on 1 November 2026: 60th day 30 December, the last bank day of the year.
    expect(latestPaymentDate('2026-11-01')).toBe('2026-12-30');
    // Accepted on 2 November: 60th day 31 December (a bank holiday), still paid on the 30th.
    expect(latestPaymentDate('2026-11-02')).toBe('2026-12-30');
    // Accepted on 15 November: 60th day 13 January 2027, before the 15th: paid on 30 December.
    expect(latestPaymentDate('2026-11-15')).toBe('2026-12-30');
    // Golden Week 2027: accepted 1 March, 60th day 29 April (昭和の日): paid on 15 April.
    expect(latestPaymentDate('2027-03-01')).toBe('2027-04-15');
    // Accepted 5 March 2027: 60th day 3 May (憲法記念日): paid on 30 April (a Friday).
    expect(latestPaymentDate('2027-03-05')).toBe('2027-04-30');
  });

  it('writes the date in Japanese', () => {
    expect(japaneseDateLabel('2026-04-30')).toBe('2026年4月30日');
    expect(japaneseDateLabel('2027-01-05')).toBe('2027年1月5日');
  });

  it('pays a late request no later than 60 days after the oldest acceptance it takes', () => {
    // Accepted 1 April 2026 (latest payment date 29 May); asked for on 20 May, which the
    // schedule would pay on 15 June: paid on 29 May instead.
    expect(requestPaymentDate(payoutDate(new Date('2026-05-20T03:00:00Z')), '2026-04-01', '2026-05-20')).toBe('2026-05-29');
    // Asked for early: the schedule's date stands.
    expect(requestPaymentDate('2026-04-30', '2026-04-01', '2026-04-02')).toBe('2026-04-30');
    // The latest date already gone (a missed run): the first payment date from today.
    expect(requestPaymentDate('2026-07-15', '2026-04-01', '2026-06-20')).toBe('2026-06-30');
    for (let accepted = '2026-01-01'; accepted <= '2028-12-31'; accepted = addDays(accepted, 3)) {
      for (const after of [0, 20, 45, 58]) {
        const today = addDays(accepted, after);
        const paid = requestPaymentDate(payoutDate(new Date(`${today}T12:00:00+09:00`)), accepted, today);
        if (latestPaymentDate(accepted) >= today) expect(paid <= addDays(accepted, 59)).toBe(true);
        else expect(paid).toBe(nextPaymentDateAfter(addDays(today, -1)));
        expect(paid >= today).toBe(true);
        expect(isPaymentDate(paid) || paid === payoutDate(new Date(`${today}T12:00:00+09:00`))).toBe(true);
        expect(isBankBusinessDay(paid)).toBe(true);
      }
    }
  });
});
