// The legal name and address a member registered for the 支払調書, and whether they must.
import type { z } from 'zod';
import type { PayeeIdentity } from '../../../shared/api/payout-settings';
import type { Deps } from '../../deps';
import { payeeIdentityStatus } from '../../payouts/payee-identity';

export async function getPayeeIdentity(deps: Deps, userId: string): Promise<z.infer<typeof PayeeIdentity>> {
  const [row, status] = await Promise.all([
    deps.db.selectFrom('payee_identities').select(['legal_name', 'address']).where('user_id', '=', userId).executeTakeFirst(),
    payeeIdentityStatus(deps.db, userId),
  ]);
  return { legalName: row?.legal_name ?? null, address: row?.address ?? null, required: status.required };
}
