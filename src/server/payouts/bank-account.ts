import type { Db } from '../db/database';
import { unseal } from '../security/vault';

export interface Sealed {
  number: string;
  holderName: string;
}

/** For transfer batches: the full account, unsealed. */
export async function payoutAccountOf(db: Db, secret: string, userId: string) {
  const row = await db.selectFrom('bank_accounts').selectAll().where('user_id', '=', userId).executeTakeFirst();
  if (!row) return null;
  return { ...row, ...unseal<Sealed>(secret, row.sealed, 'bank-account-v1') };
}
