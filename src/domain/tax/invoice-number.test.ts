import { describe, expect, it } from 'vitest';
import { corporateCheckDigit, isCorporateNumber, parseInvoiceNumber } from './invoice-number';

// Published corporate numbers (国税庁法人番号公表サイト).
const VALID = [
  '7000012050002', // 国税庁
  '1180301018771', // トヨタ自動車株式会社
  '5010401067252', // ソニーグループ株式会社
  '1130001011420', // 任天堂株式会社
];

describe('corporate number check digit', () => {
  it.each(VALID)('accepts %s', (n) => {
    expect(corporateCheckDigit(n.slice(1))).toBe(Number(n[0]));
    expect(isCorporateNumber(n)).toBe(true);
  });

  it('weights the lowest digit 1 and the next 2, from the right', () => {
    // Only the lowest digit set: 1 × 1 = 1, 9 − 1 = 8.
    expect(corporateCheckDigit('000000000001')).toBe(8);
    // Only the second lowest: 1 × 2 = 2, 9 − 2 = 7.
    expect(corporateCheckDigit('000000000010')).toBe(7);
    // A sum divisible by 9 gives 9, never 0.
    expect(corporateCheckDigit('000000000000')).toBe(9);
    expect(corporateCheckDigit('000000000009')).toBe(9);
  });

  it.each(['8000012050002', '1180301018772', '0010401067252', '1130001011421', '123'])('refuses %s', (n) => {
    expect(isCorporateNumber(n)).toBe(false);
  });

  it('changes when any single digit changes', () => {
    for (const n of VALID) {
      for (let i = 1; i < 13; i++) {
        const d = (Number(n[i]) + 1) % 10;
        const changed = `${n.slice(0, i)}${d}${n.slice(i + 1)}`;
        // A change of one digit by one moves the sum by 1 or 2, never by a multiple of 9.
        expect(isCorporateNumber(changed), changed).toBe(false);
      }
    }
  });
});

describe('parseInvoiceNumber', () => {
  it('normalises full-width digits, a lower-case t, spaces and hyphens', () => {
    expect(parseInvoiceNumber('Ｔ７００００１２０５０００２')).toEqual({ ok: true, value: 'T7000012050002', warning: null });
    expect(parseInvoiceNumber('t7000012050002')).toEqual({ ok: true, value: 'T7000012050002', warning: null });
    expect(parseInvoiceNumber(' T7-0000-1205-0002 ')).toEqual({ ok: true, value: 'T7000012050002', warning: null });
    expect(parseInvoiceNumber('T 1180 3010 1877 1')).toEqual({ ok: true, value: 'T1180301018771', warning: null });
    expect(parseInvoiceNumber('1180301018771')).toEqual({ ok: true, value: 'T1180301018771', warning: null });
  });

  it('warns, without refusing, when the digits are not a corporate number (a sole proprietor)', () => {
    expect(parseInvoiceNumber('T1234567890123')).toEqual({ ok: true, value: 'T1234567890123', warning: 'check-digit-mismatch' });
  });

  it.each(['', 'T', 'T123456789012', 'T12345678901234', 'T12345678901a3', 'X1234567890123', 'TT1234567890123', 'T１２３'])(
    'refuses malformed %j',
    (input) => {
      expect(parseInvoiceNumber(input)).toEqual({ ok: false });
    },
  );
});
