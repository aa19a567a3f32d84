// The qualified-invoice registration number (適格請求書発行事業者登録番号): "T" and 13 digits.
// A corporation's 13 digits are its corporate number (法人番号), whose first digit checks
// the twelve after it. A sole proprietor's number is not a corporate number and the rule
// need not hold for it, so a mismatch is a warning for the member, never a refusal.

export type InvoiceNumberResult = { ok: true; value: string; warning: 'check-digit-mismatch' | null } | { ok: false };

/**
 * The check digit of a corporate number's twelve base digits, as the National Tax Agency
 * defines it: 9 − (Σ Pn × Qn mod 9), where Pn is the n-th digit counted from the lowest
 * and Qn is 1 for odd n and 2 for even n.
 */
export function corporateCheckDigit(base: string): number {
  if (!/^\d{12}$/.test(base)) throw new Error('expected 12 digits');
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += Number(base[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return 9 - (sum % 9);
}

/** Whether 13 digits form a corporate number (the first digit checks the rest). */
export function isCorporateNumber(digits: string): boolean {
  return /^\d{13}$/.test(digits) && Number(digits[0]) === corporateCheckDigit(digits.slice(1));
}

/**
 * Reads a number as members type it: full-width characters, a lower-case "t", spaces and
 * hyphens ("T1-2345-6789-0123") are accepted; the "T" may be left out. Anything that is not
 * then "T" and 13 digits is refused.
 */
export function parseInvoiceNumber(input: string): InvoiceNumberResult {
  const compact = input
    .normalize('NFKC')
    .replace(/[\s\-‐‑–—−ー]/g, '')
    .toUpperCase();
  const digits = compact.startsWith('T') ? compact.slice(1) : compact;
  if (!/^\d{13}$/.test(digits)) return { ok: false };
  return { ok: true, value: `T${digits}`, warning: isCorporateNumber(digits) ? null : 'check-digit-mismatch' };
}
