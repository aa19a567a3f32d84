// The earnings balance split by the day its money arrived (its acceptance, 検収), and the
// date a payout request made now is paid: never later than the 60-day rule allows for the
// oldest earnings it takes (sixty-days.ts requestPaymentDate).
import { earningsOf } from '../../domain/ledger/recipes';
import { type CalendarDate, japanDate, payoutDate } from '../../domain/payouts/schedule';
import { requestPaymentDate } from '../../domain/payouts/sixty-days';
import type { Db } from '../db/database';

/** The balance split by the day its money arrived (newest credits; requests take the oldest first). */
export async function balanceByAcceptanceDay(
  db: Db,
  userId: string,
  balance: number,
): Promise<{ acceptedOn: CalendarDate; amount: number }[]> {
  if (balance <= 0) return [];
  const credits = await db
    .selectFrom('ledger_entries')
    .select(['amount', 'created_at'])
    .where('account_id', '=', earningsOf(userId))
    .where('amount', '>', 0)
    .orderBy('id', 'desc')
    .execute();
  const days = new Map<string, number>();
  let left = balance;
  for (const c of credits) {
    if (left <= 0) break;
    const part = Math.min(Number(c.amount), left);
    const day = japanDate(c.created_at);
    days.set(day, (days.get(day) ?? 0) + part);
    left -= part;
  }
  return [...days].map(([acceptedOn, amount]) => ({ acceptedOn, amount })).sort((a, b) => (a.acceptedOn < b.acceptedOn ? -1 : 1));
}

/**
 * The payment date of a request made at `now` from a balance of `balance`: the schedule's
 * date (payoutDate), moved earlier to the latest payment date within 60 days of the
 * oldest acceptance in the balance, which a request always takes first.
 */
export async function requestedPaymentDate(db: Db, userId: string, balance: number, now: Date): Promise<CalendarDate> {
  const scheduled = payoutDate(now);
  const [oldest] = await balanceByAcceptanceDay(db, userId, balance);
  return oldest ? requestPaymentDate(scheduled, oldest.acceptedOn, japanDate(now)) : scheduled;
}
