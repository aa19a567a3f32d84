import { AppError } from '../../../domain/errors';
import type { Deps } from '../../deps';
import { presentStaffPayout, staffPayoutQuery } from '../../payouts/payout-rows';

export async function getStaffPayout(deps: Deps, payoutId: string) {
  const row = await staffPayoutQuery(deps.db).where('p.id', '=', payoutId).executeTakeFirst();
  if (!row) throw new AppError('not-found');
  return presentStaffPayout(row);
}
