// The former-member registry read (第9条): a registration or an email change whose address
// matches a member who withdrew within five years raises a flag for staff. Nothing is
// refused and the member is told nothing: the match says only that the same address was
// used before, which may well be an honest return. Contracts with a flagged party are
// flagged as they are made (contracts/create.ts).
import { withinFlagWindow } from '../../domain/blocks/former-members';
import type { Db } from '../db/database';
import type { Deps } from '../deps';
import { emailKey } from '../withdrawal/vault';

export async function flagFormerMember(trx: Db, deps: Deps, userId: string, email: string, now: Date): Promise<void> {
  const former = await trx
    .selectFrom('former_members')
    .select('withdrawn_on')
    .where('email_hmac', '=', emailKey(deps.config.secret, email))
    .orderBy('withdrawn_on', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!former || !withinFlagWindow(former.withdrawn_on, now)) return;
  // One open flag per member is enough: staff read the rest in the audit log.
  const open = await trx
    .selectFrom('member_flags')
    .select('id')
    .where('user_id', '=', userId)
    .where('kind', '=', 'former-member')
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
  if (open) return;
  await trx
    .insertInto('member_flags')
    .values({ kind: 'former-member', user_id: userId, contract_id: null, withdrawn_on: former.withdrawn_on, created_at: now })
    .execute();
}
