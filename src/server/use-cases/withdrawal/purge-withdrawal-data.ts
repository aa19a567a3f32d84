// Retention: destroys what withdrawal kept once its period ends — the sealed personal
// data after the undo window, the former-member registry after 5 years, the payee's
// legal name and address once the 支払調書 naming them is past its 7 years. Idempotent; an
// account restored in the meantime has no vault row left, so it is never touched.
import type { Db } from '../../db/database';

export async function purgeWithdrawalData(db: Db, now: Date): Promise<{ vaults: number; formerMembers: number }> {
  const vaults = await db.deleteFrom('withdrawal_vault').where('expires_at', '<=', now).executeTakeFirst();
  const former = await db.deleteFrom('former_members').where('purge_after', '<=', now).executeTakeFirst();
  // The legal name and address a 支払調書 named, once the record need no longer be kept.
  await db
    .deleteFrom('payee_identities')
    .where('retained_until', '<', new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10))
    .execute();
  return { vaults: Number(vaults.numDeletedRows), formerMembers: Number(former.numDeletedRows) };
}
