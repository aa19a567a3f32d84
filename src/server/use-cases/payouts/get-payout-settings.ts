// A member's payout setting (自動出金 or not) and when their earnings are paid: the earnings
// in the balance by acceptance day, each with its payment date under the 60-day rule.
import type { z } from 'zod';
import { earningsOf } from '../../../domain/ledger/recipes';
import { addDays, japanDate } from '../../../domain/payouts/schedule';
import { expectedPaymentDate, nextPaymentDateAfter } from '../../../domain/payouts/sixty-days';
import type { PayoutSettings } from '../../../shared/api/payout-settings';
import type { Deps } from '../../deps';
import { balanceByAcceptanceDay } from '../../payouts/earnings-by-day';
import { payeeIdentityStatus } from '../../payouts/payee-identity';

type Settings = z.infer<typeof PayoutSettings>;

/** Acceptance days looked back over for the contract pages: beyond it every date is past. */
const LOOK_BACK_DAYS = 70;

export async function getPayoutSettings(deps: Deps, userId: string): Promise<Settings> {
  const today = japanDate(deps.clock());
  const [setting, balance, payeeIdentity] = await Promise.all([
    deps.db.selectFrom('payout_settings').select('automatic').where('user_id', '=', userId).executeTakeFirst(),
    deps.db.selectFrom('ledger_accounts').select('balance').where('id', '=', earningsOf(userId)).executeTakeFirst(),
    payeeIdentityStatus(deps.db, userId),
  ]);
  const automatic = setting?.automatic ?? false;
  const byDay = await balanceByAcceptanceDay(deps.db, userId, Number(balance?.balance ?? 0));
  const paymentDates: Record<string, string> = {};
  for (let i = LOOK_BACK_DAYS; i >= 0; i--) {
    const day = addDays(today, -i);
    paymentDates[day] = expectedPaymentDate(day, automatic);
  }
  return {
    automatic,
    nextPaymentDate: nextPaymentDateAfter(addDays(today, -1)),
    upcoming: byDay.map((d) => ({ ...d, paymentDate: expectedPaymentDate(d.acceptedOn, automatic) })),
    paymentDates,
    payeeIdentity,
  };
}
