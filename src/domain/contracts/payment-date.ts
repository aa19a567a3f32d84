// The dates the written terms promise for one delivery, as the Freelance Act
// (フリーランス・事業者間取引適正化等法 第3条・第4条) asks: the day the client finishes its
// inspection (検査を完了する期日) and the payment date (支払期日), a date at most 60 days
// after the day the delivery is received. Pure: dates are Japan calendar dates.
//
// The payment date is the payout schedule's own 60-day rule (../payouts/sixty-days.ts):
// the latest payment date within 60 days of the day the delivery is received, counting
// that day as the first. It is the date the payouts page shows for earnings accepted that
// day and not asked for, so the terms and the payouts page promise one date; an
// inspection (検収) does not move it later, as the Act counts from receipt.
import type { CalendarDate } from '../payouts/schedule';
import { latestPaymentDate as latestScheduledPaymentDate, SIXTY_DAY_LIMIT } from '../payouts/sixty-days';

/** The Act's limit: the payment date falls within this many days of receipt (受領日から起算して60日). */
export const PAYMENT_LIMIT_DAYS = SIXTY_DAY_LIMIT + 1;

/** `date` moved by `days` calendar days. */
export function shiftDate(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (calendar dates). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The last day of inspection for a delivery received on `receivedOn`: the auto-acceptance deadline's date. */
export function inspectionDate(receivedOn: CalendarDate, inspectionDays: number): CalendarDate {
  return shiftDate(receivedOn, inspectionDays);
}

/**
 * The payment date (支払期日) for a delivery received on `receivedOn`: the latest payment
 * date of the payout schedule within 60 days of receipt (sixty-days.ts). The same date
 * whatever the inspection period, since the Act's 60 days run from receipt.
 */
export function latestPaymentDate(receivedOn: CalendarDate): CalendarDate {
  return latestScheduledPaymentDate(receivedOn);
}
