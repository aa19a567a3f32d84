// The dates the written terms promise for one delivery, as the Freelance Act
// (フリーランス・事業者間取引適正化等法 第3条・第4条) asks: the day the client finishes its
// inspection (検査を完了する期日) and the payment date (支払期日), a date at most 60 days
// after the day the delivery is received. Pure: dates are Japan calendar dates.
//
// The payout schedule (../payouts/schedule.ts) pays a balance on its next payment date;
// the fee reaches the balance when the delivery is accepted, at the latest when the
// inspection window ends. So the latest payment date is the schedule's date for a request
// made on the last day of inspection, and never later than the sixtieth day after receipt
// (moved to the previous bank business day): the schedule's own 60-day guarantee keeps it.
// Kept here, small and pure, until the payout schedule states its 60-day rule itself;
// then this should call it rather than repeat it.
import { type CalendarDate, payoutDate, previousBusinessDay } from '../payouts/schedule';

/** The Act's limit: the payment date falls within this many days of receipt (受領日から起算して60日). */
export const PAYMENT_LIMIT_DAYS = 60;

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
 * The payment date (支払期日) for a delivery received on `receivedOn`: the payout
 * schedule's date for a balance accepted on the last day of inspection, capped at the
 * last bank business day within 60 days of receipt.
 */
export function latestPaymentDate(receivedOn: CalendarDate, inspectionDays: number): CalendarDate {
  const accepted = inspectionDate(receivedOn, inspectionDays);
  // Noon in Japan on the last day of inspection: the schedule reads the Japan date.
  const scheduled = payoutDate(new Date(`${accepted}T12:00:00+09:00`));
  const limit = previousBusinessDay(shiftDate(receivedOn, PAYMENT_LIMIT_DAYS));
  // Dates as 'YYYY-MM-DD' compare as text.
  return [scheduled, limit].sort()[0] as CalendarDate;
}
