// The member's payout bank account: checked against the real bank and branch list,
// the holder name converted to what Zengin allows, stored sealed, and shown back masked.
// Setting it re-authenticates with the password, and is refused while the account withdraws.

import { AppError, type FieldError } from '../../../domain/errors';
import {
  checkAccountNumber,
  checkBankCode,
  checkBranchCode,
  checkHolderName,
  type FieldCheck,
} from '../../../domain/payouts/bank-account';
import type { FieldErrorCode } from '../../../shared/errors';
import { lockActiveAccount } from '../../db/account-lock';
import type { Deps } from '../../deps';
import { findBank, findBranch } from '../../integrations/banks/directory';
import type { Sealed } from '../../payouts/bank-account';
import { NO_SOURCE, type PasswordAttempt, verifyPasswordAgain } from '../../security/password-throttle';
import { seal } from '../../security/vault';
import { getBankAccount } from './get-bank-account';

export interface BankAccountInput {
  bankCode: string;
  branchCode: string;
  accountType: 'ordinary' | 'current' | 'savings';
  accountNumber: string;
  holderName: string;
}

/** Every field checked at once, so the form shows all its problems together. */
function validate(input: BankAccountInput) {
  const errors: FieldError[] = [];
  const field = (pointer: string, check: FieldCheck): string | null => {
    if (check.ok) return check.value;
    errors.push({ pointer, code: check.code as FieldErrorCode, ...(check.params ? { params: check.params } : {}) });
    return null;
  };
  const bankCode = field('/bankCode', checkBankCode(input.bankCode));
  const branchCode = field('/branchCode', checkBranchCode(input.branchCode));
  const number = field('/accountNumber', checkAccountNumber(input.accountNumber));
  const holderName = field('/holderName', checkHolderName(input.holderName));
  const bank = bankCode ? findBank(bankCode) : null;
  if (bankCode && !bank) errors.push({ pointer: '/bankCode', code: 'bank-not-found' });
  const branch = bank && branchCode ? findBranch(bank.code, branchCode) : null;
  if (bank && branchCode && !branch) errors.push({ pointer: '/branchCode', code: 'branch-not-found' });
  if (errors.length > 0 || !bank || !branch || !number || !holderName) throw new AppError('validation-failed', {}, errors);
  return { bank, branch, number, holderName };
}

export async function setBankAccount(
  deps: Deps,
  input: BankAccountInput & { userId: string; password: string; attempt?: PasswordAttempt },
) {
  const valid = validate(input);
  await verifyPasswordAgain(deps, {
    userId: input.userId,
    password: input.password,
    attempt: input.attempt ?? NO_SOURCE,
    pointer: '/password',
  });
  const now = deps.clock();
  const values = {
    bank_code: valid.bank.code,
    bank_name: valid.bank.name,
    branch_code: valid.branch.code,
    branch_name: valid.branch.name,
    account_type: input.accountType,
    number_hint: valid.number.slice(-3),
    sealed: seal(deps.config.secret, { number: valid.number, holderName: valid.holderName } satisfies Sealed, 'bank-account-v1'),
    updated_at: now,
  };
  await deps.db.transaction().execute(async (trx) => {
    // No new actions while a withdrawal runs (409 account-withdrawing); the account lock
    // orders this change with a withdrawal starting at the same moment.
    await lockActiveAccount(trx, input.userId);
    await trx
      .insertInto('bank_accounts')
      .values({ user_id: input.userId, ...values, created_at: now })
      .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
      .execute();
  });
  return getBankAccount(deps, input.userId);
}
