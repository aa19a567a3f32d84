// The 60-day rule of the Freelance Act (フリーランス・事業者間取引適正化等法, 第4条): the
// remuneration is paid within 60 days of receiving the work, counting that day as the
// first, so on the 59th day after it at the latest. Earnings count from their acceptance
// (検収), the day they reach the member's balance.
//
// The schedule pays twice a month (payment dates: the `laterPaymentDay` and the last day
// of every month, each moved to the previous bank business day, schedule.ts). Earnings a
// member has not asked for are paid automatically on the latest payment date within the
// 60 days, so no payment is ever late whatever the member does; a member with automatic
// payouts (自動出金) is paid on the first payment date after the acceptance.
import { addDays, type CalendarDate, DEFAULT_CYCLE, type PayoutCycle, previousBusinessDay } from './schedule';

/** Days after the acceptance a payment may fall on at the latest (the 60th day counting it). */
export const SIXTY_DAY_LIMIT = 59;

function monthOf(date: CalendarDate): { y: number; m: number } {
  return { y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)) };
}

/** The payment dates of a month, in order. */
export function paymentDatesOfMonth(y: number, m: number, cycle: PayoutCycle = DEFAULT_CYCLE): CalendarDate[] {
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  const middle = previousBusinessDay(`${y}-${mm}-${String(Math.min(cycle.laterPaymentDay, last)).padStart(2, '0')}`);
  const end = previousBusinessDay(`${y}-${mm}-${String(last).padStart(2, '0')}`);
  return middle === end ? [end] : [middle, end].sort();
}

/** Whether money is transferred on this date under the schedule. */
export function isPaymentDate(date: CalendarDate, cycle: PayoutCycle = DEFAULT_CYCLE): boolean {
  const { y, m } = monthOf(date);
  return paymentDatesOfMonth(y, m, cycle).includes(date);
}

function shiftMonth(y: number, m: number, by: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + by;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** The first payment date strictly after `date`. */
export function nextPaymentDateAfter(date: CalendarDate, cycle: PayoutCycle = DEFAULT_CYCLE): CalendarDate {
  const { y, m } = monthOf(date);
  for (let i = 0; i < 3; i++) {
    const month = shiftMonth(y, m, i);
    const found = paymentDatesOfMonth(month.y, month.m, cycle).find((d) => d > date);
    if (found) return found;
  }
  throw new Error(`no payment date after ${date}`);
}

/** The last day a payment for work accepted on `accepted` may fall on. */
export function sixtyDayDeadline(accepted: CalendarDate): CalendarDate {
  return addDays(accepted, SIXTY_DAY_LIMIT);
}

/**
 * The latest payment date after `accepted` and within its 60 days: the day earnings
 * accepted that day are paid at the latest, asked for or not.
 */
export function latestPaymentDate(accepted: CalendarDate, cycle: PayoutCycle = DEFAULT_CYCLE): CalendarDate {
  const deadline = sixtyDayDeadline(accepted);
  let latest = nextPaymentDateAfter(accepted, cycle);
  for (;;) {
    const next = nextPaymentDateAfter(latest, cycle);
    if (next > deadline) return latest;
    latest = next;
  }
}

/**
 * Whether earnings accepted on `accepted` and not yet asked for must be paid on the payment
 * date `paymentDate`: it is their latest payment date within the 60 days (or a later one,
 * when a run was missed: then as soon as possible).
 */
export function dueWithinSixtyDays(accepted: CalendarDate, paymentDate: CalendarDate, cycle: PayoutCycle = DEFAULT_CYCLE) {
  return latestPaymentDate(accepted, cycle) <= paymentDate;
}

/**
 * When earnings accepted on `accepted` are paid: on the first payment date after it for a
 * member with automatic payouts, else on the latest payment date within the 60 days
 * (sooner if the member asks, schedule.ts payoutDate).
 */
export function expectedPaymentDate(accepted: CalendarDate, automatic: boolean, cycle: PayoutCycle = DEFAULT_CYCLE) {
  return automatic ? nextPaymentDateAfter(accepted, cycle) : latestPaymentDate(accepted, cycle);
}

/**
 * The payment date of a payout request made on `today`, which the schedule would pay on
 * `scheduled`, when the oldest earnings it takes were accepted on `oldestAccepted`: no
 * later than their latest payment date within the 60 days, so asking late never delays
 * them past it. When that date has already gone (a missed run), the first payment date
 * from today.
 */
export function requestPaymentDate(
  scheduled: CalendarDate,
  oldestAccepted: CalendarDate,
  today: CalendarDate,
  cycle: PayoutCycle = DEFAULT_CYCLE,
): CalendarDate {
  const latest = latestPaymentDate(oldestAccepted, cycle);
  const limit = latest >= today ? latest : nextPaymentDateAfter(addDays(today, -1), cycle);
  return scheduled <= limit ? scheduled : limit;
}

/** '2026-04-30' as 「2026年4月30日」. */
export function japaneseDateLabel(date: CalendarDate): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}
