// A payout bank account as the Zengin format needs it: bank code (4 digits), branch code
// (3 digits), account type, a 7-digit number and the holder name in the characters Zengin
// allows. Digits typed in full width are accepted (NFKC); everything else is refused with
// a reason the form can show next to the field.
import { HOLDER_NAME_MAX, toZenginHolderName } from './kana';

export const ACCOUNT_TYPES = ['ordinary', 'current', 'savings'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

/** 預金種目 as written in the Zengin transfer file. */
export const ZENGIN_ACCOUNT_TYPE: Record<AccountType, '1' | '2' | '4'> = { ordinary: '1', current: '2', savings: '4' };

export const ACCOUNT_TYPE_LABELS: Record<AccountType, { ja: string; en: string }> = {
  ordinary: { ja: '普通', en: 'Ordinary' },
  current: { ja: '当座', en: 'Current' },
  savings: { ja: '貯蓄', en: 'Savings' },
};

const digits = (s: string) => s.normalize('NFKC').replace(/[\s-]/g, '');

export type FieldCheck = { ok: true; value: string } | { ok: false; code: string; params?: Record<string, string | number> };

export function checkBankCode(input: string): FieldCheck {
  const v = digits(input);
  return /^\d{4}$/.test(v) ? { ok: true, value: v } : { ok: false, code: 'bank-code-invalid' };
}

export function checkBranchCode(input: string): FieldCheck {
  const v = digits(input);
  return /^\d{3}$/.test(v) ? { ok: true, value: v } : { ok: false, code: 'branch-code-invalid' };
}

/** Exactly 7 digits: shorter numbers are written with leading zeros, as banks print them. */
export function checkAccountNumber(input: string): FieldCheck {
  const v = digits(input);
  return /^\d{7}$/.test(v) ? { ok: true, value: v } : { ok: false, code: 'account-number-invalid' };
}

export function checkHolderName(input: string): FieldCheck {
  const result = toZenginHolderName(input);
  if (result.ok) return { ok: true, value: result.value };
  switch (result.reason) {
    case 'empty':
      return { ok: false, code: 'required' };
    case 'invalid':
      return { ok: false, code: 'holder-name-invalid', params: { chars: result.invalid.join(' ') } };
    case 'marks':
      return { ok: false, code: 'holder-name-mark-invalid', params: { chars: result.marks.join(' ') } };
    case 'too-long':
      return { ok: false, code: 'holder-name-too-long', params: { max: HOLDER_NAME_MAX, length: result.length } };
  }
}

/** The number as shown back to its owner: ＊＊＊4567. */
export function maskAccountNumber(number: string): string {
  return `${'*'.repeat(Math.max(0, number.length - 3))}${number.slice(-3)}`;
}
