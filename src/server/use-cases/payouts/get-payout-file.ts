// The bank's bulk transfer file (総合振込) for one payout batch, in the Zengin format. The
// same batch always gives the same bytes: transfers in request-number order, names from
// the bank list, and nothing that depends on when the file is made.
import { AppError } from '../../../domain/errors';
import { toZenginText } from '../../../domain/payouts/kana';
import { type TransferRecord, zenginTransferFile } from '../../../domain/payouts/zengin';
import type { Deps } from '../../deps';
import { findBank, findBranch } from '../../integrations/banks/directory';
import { unseal } from '../../security/vault';

/** A bank or branch name as the file carries it: half-width katakana from the bank list. */
function kanaName(kana: string | undefined): string {
  if (!kana) return '';
  const converted = toZenginText(kana);
  return converted.ok ? converted.value : '';
}

export async function getPayoutBatchFile(deps: Deps, batchId: string): Promise<{ bytes: Uint8Array; filename: string }> {
  const batch = await deps.db.selectFrom('payout_batches').selectAll().where('id', '=', batchId).executeTakeFirst();
  if (!batch) throw new AppError('not-found');
  const rows = await deps.db
    .selectFrom('payout_requests')
    .select(['number', 'net', 'bank_code', 'branch_code', 'account_type', 'sealed'])
    .where('batch_id', '=', batchId)
    .orderBy('number')
    .execute();
  const transfers: TransferRecord[] = rows.map((r) => {
    if (!r.sealed) throw new AppError('payout-transition-invalid');
    const inside = unseal<{ number: string; holderName: string }>(deps.config.secret, r.sealed, 'bank-account-v1');
    return {
      bankCode: r.bank_code,
      bankName: kanaName(findBank(r.bank_code)?.kana),
      branchCode: r.branch_code,
      branchName: kanaName(findBranch(r.bank_code, r.branch_code)?.kana),
      accountType: r.account_type,
      accountNumber: inside.number,
      holderName: inside.holderName,
      amount: r.net,
      customerCode: String(r.number).padStart(10, '0'),
    };
  });
  const z = deps.config.zengin;
  const bytes = zenginTransferFile(
    {
      requesterCode: z.requesterCode,
      requesterName: z.requesterName,
      transferDate: batch.payment_date,
      bankCode: z.bankCode,
      bankName: kanaName(findBank(z.bankCode)?.kana),
      branchCode: z.branchCode,
      branchName: kanaName(findBranch(z.bankCode, z.branchCode)?.kana),
      accountType: z.accountType,
      accountNumber: z.accountNumber,
    },
    transfers,
  );
  return { bytes, filename: `zengin-${batch.payment_date.replaceAll('-', '')}-${batch.id.slice(0, 8)}.txt` };
}
