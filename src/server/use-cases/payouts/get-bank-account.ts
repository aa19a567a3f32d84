import { maskAccountNumber } from '../../../domain/payouts/bank-account';
import type { Deps } from '../../deps';
import type { Sealed } from '../../payouts/bank-account';
import { unseal } from '../../security/vault';

export async function getBankAccount(deps: Deps, userId: string) {
  const row = await deps.db.selectFrom('bank_accounts').selectAll().where('user_id', '=', userId).executeTakeFirst();
  if (!row) return null;
  const inside = unseal<Sealed>(deps.config.secret, row.sealed, 'bank-account-v1');
  return {
    bankCode: row.bank_code,
    bankName: row.bank_name,
    branchCode: row.branch_code,
    branchName: row.branch_name,
    accountType: row.account_type,
    numberMasked: maskAccountNumber(inside.number),
    holderName: inside.holderName,
    updatedAt: row.updated_at.toISOString(),
  };
}
