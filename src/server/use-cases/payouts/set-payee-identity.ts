// Registers (or corrects) the legal name (氏名) and address (住所) the yearly payment record
// (支払調書) names the member by. Personal data: erased at withdrawal unless a record the
// law keeps names them (privacy map, payee_identities).
import type { z } from 'zod';
import { AppError } from '../../../domain/errors';
import { checkPayeeIdentity } from '../../../domain/payouts/payee-identity';
import type { PayeeIdentity } from '../../../shared/api/payout-settings';
import { lockActiveAccount } from '../../db/account-lock';
import { recordAudit } from '../../db/repositories/audit';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { getPayeeIdentity } from './get-payee-identity';

export async function setPayeeIdentity(
  deps: Deps,
  input: { userId: string; legalName: string; address: string },
): Promise<z.infer<typeof PayeeIdentity>> {
  const checked = checkPayeeIdentity(input);
  if (!checked.ok) throw new AppError('validation-failed', {}, checked.errors);
  const { legalName, address } = checked.value;
  const now = deps.clock();
  await inTransaction(deps.db, async (trx) => {
    await lockActiveAccount(trx, input.userId);
    await trx
      .insertInto('payee_identities')
      .values({ user_id: input.userId, legal_name: legalName, address, updated_at: now })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ legal_name: legalName, address, updated_at: now }))
      .execute();
    // The audit says it changed, not what it says (the audit log is kept longer).
    await recordAudit(trx, {
      actorUserId: input.userId,
      action: 'payee_identity.set',
      subjectType: 'user',
      subjectId: input.userId,
      data: {},
      now,
    });
  });
  return getPayeeIdentity(deps, input.userId);
}
