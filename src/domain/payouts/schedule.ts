// When a payout request (振込申請) is transferred, on Japanese bank business days.
// Defaults follow the anchors: requests up to the 15th are paid at the end of the month,
// requests after it on the 15th of the next month; a payment date that is not a bank
// business day moves to the previous one. Dates are calendar dates in Japan time.
import holidayJp from '@holiday-jp/holiday_jp';

/** 'YYYY-MM-DD' */
export type CalendarDate = string;

const JST_OFFSET_MS = 9 * 3_600_000;

/** The calendar date in Japan of an instant. */
export function japanDate(instant: Date): CalendarDate {
  return new Date(instant.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
}

function parts(date: CalendarDate): { y: number; m: number; d: number } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

function format(y: number, m: number, d: number): CalendarDate {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const { y, m, d } = parts(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Banks in Japan close on weekends, national holidays and from 31 December to 3 January. */
export function isBankBusinessDay(date: CalendarDate): boolean {
  const { y, m, d } = parts(date);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  if ((m === 12 && d === 31) || (m === 1 && d <= 3)) return false;
  return !(date in (holidayJp.holidays as Record<string, unknown>));
}

export function previousBusinessDay(date: CalendarDate): CalendarDate {
  let day = date;
  while (!isBankBusinessDay(day)) day = addDays(day, -1);
  return day;
}

export interface PayoutCycle {
  /** Requests made up to this day of the month (inclusive, Japan time)… */
  cutoffDay: number;
  /** …are paid at the end of that month; later ones on this day of the next month. */
  laterPaymentDay: number;
}

export const DEFAULT_CYCLE: PayoutCycle = { cutoffDay: 15, laterPaymentDay: 15 };

/** The transfer date of a payout requested at `requestedAt`. */
export function payoutDate(requestedAt: Date, cycle: PayoutCycle = DEFAULT_CYCLE): CalendarDate {
  const { y, m, d } = parts(japanDate(requestedAt));
  const scheduled =
    d <= cycle.cutoffDay
      ? format(y, m, lastDayOfMonth(y, m))
      : m === 12
        ? format(y + 1, 1, cycle.laterPaymentDay)
        : format(y, m + 1, Math.min(cycle.laterPaymentDay, lastDayOfMonth(y, m + 1)));
  return previousBusinessDay(scheduled);
}

export function nextBusinessDay(date: CalendarDate): CalendarDate {
  let day = date;
  while (!isBankBusinessDay(day)) day = addDays(day, 1);
  return day;
}

/** Why a payout batch may not carry a transfer date (取組日), if it may not. */
export type BatchDateRefusal =
  /** Banks do not transfer on that day: the nearest business days before and after it. */
  | { code: 'payout-date-not-business-day'; previous: CalendarDate; next: CalendarDate }
  /** The date has passed (Japan time). */
  | { code: 'payout-date-past'; today: CalendarDate }
  /**
   * A request the batch would take was promised an earlier date: the batch may be dated
   * `latest` at the latest (that promised date, or for a promise already broken the first
   * business day from today on).
   */
  | { code: 'payout-date-after-promise'; promisedDate: CalendarDate; latest: CalendarDate };

/**
 * The transfer date of a payout batch (振込指定日 / 取組日). A batch takes every request
 * promised on or before its date, so the date must keep every promise: it is a bank
 * business day, not before today (Japan time), and not after the earliest date promised
 * to a request it takes. A promise that can no longer be kept (its date has passed) is
 * kept as soon as possible: such requests go into a batch dated today or the next bank
 * business day, no later. Requests promised later than the date stay for their own batch.
 */
export function checkBatchDate(
  date: CalendarDate,
  today: CalendarDate,
  promisedDates: readonly CalendarDate[],
): BatchDateRefusal | null {
  if (date < today) return { code: 'payout-date-past', today };
  if (!isBankBusinessDay(date)) {
    const previous = previousBusinessDay(date);
    return { code: 'payout-date-not-business-day', previous, next: nextBusinessDay(date) };
  }
  // Dates as 'YYYY-MM-DD' sort as text.
  const earliest = promisedDates.filter((d) => d <= date).sort()[0];
  if (earliest === undefined || earliest >= date) return null;
  const latest = earliest >= today ? earliest : nextBusinessDay(addDays(today, 1));
  return date > latest ? { code: 'payout-date-after-promise', promisedDate: earliest, latest } : null;
}

/** A transfer is done on its date or later: marking it done earlier is refused. */
export function transferDateReached(paymentDate: CalendarDate, now: Date): boolean {
  return japanDate(now) >= paymentDate;
}
