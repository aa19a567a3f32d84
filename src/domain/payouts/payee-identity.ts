// The payee's legal name (氏名) and address (住所) a yearly payment record (支払調書) names,
// asked of a worker paid with withholding tax. Kept as typed after width folding (NFKC),
// with runs of spaces made one; refused when it cannot be a name or an address.

export interface PayeeIdentityInput {
  legalName: string;
  address: string;
}

export type PayeeIdentityFieldCode = 'legal-name-invalid' | 'address-invalid';

export interface PayeeIdentityError {
  pointer: '/legalName' | '/address';
  code: PayeeIdentityFieldCode;
}

const CONTROL = /\p{Cc}/u;
const DIGITS = /[0-9]/;
const SYMBOLS = /[@#$%^&*_=+<>{}[\]|\\/:;"!?]/;
/** An address starts with its prefecture (都道府県). */
const PREFECTURE = /^(北海道|東京都|京都府|大阪府|\p{Script=Han}{2,3}県)/u;

const tidy = (s: string) => s.normalize('NFKC').replace(/\s+/gu, ' ').trim();

/** The identity as kept, or the fields that are wrong. */
export function checkPayeeIdentity(
  input: PayeeIdentityInput,
): { ok: true; value: PayeeIdentityInput } | { ok: false; errors: PayeeIdentityError[] } {
  const legalName = tidy(input.legalName);
  const address = tidy(input.address);
  const errors: PayeeIdentityError[] = [];
  const nameLength = [...legalName].length;
  if (nameLength < 2 || nameLength > 60 || CONTROL.test(legalName) || DIGITS.test(legalName) || SYMBOLS.test(legalName))
    errors.push({ pointer: '/legalName', code: 'legal-name-invalid' });
  const addressLength = [...address].length;
  if (addressLength < 6 || addressLength > 200 || CONTROL.test(address) || !PREFECTURE.test(address))
    errors.push({ pointer: '/address', code: 'address-invalid' });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { legalName, address } };
}
