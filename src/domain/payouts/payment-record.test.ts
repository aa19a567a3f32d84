// 支払調書 amounts: per client and worker, the year's withheld payments before consumption
// tax, the tax apart, and the withholding as computed on each payment.
import { describe, expect, it } from 'vitest';
import { withholdingTax } from '../money/fees';
import { checkPayeeIdentity } from './payee-identity';
import { paymentRecords, type WithheldPayment } from './payment-record';

const pay = (clientId: string, workerId: string, amount: number): WithheldPayment => ({
  clientId,
  workerId,
  amount,
  tax: Math.floor(amount / 10),
  withholding: withholdingTax(amount),
});

describe('paymentRecords (支払調書)', () => {
  it('sums a pair’s withheld payments: 10.21% up to ¥1,000,000 and 20.42% above, per payment', () => {
    const [record] = paymentRecords([pay('c', 'w', 100_000), pay('c', 'w', 12_345), pay('c', 'w', 1_500_000)]);
    // 10,210 + 1,260 + (102,100 + 102,100)
    expect(record).toEqual({
      clientId: 'c',
      workerId: 'w',
      amount: 1_612_345,
      tax: 161_234,
      withholding: 10_210 + 1_260 + 204_200,
      payments: 3,
      mustFile: true,
    });
  });

  it('keeps clients and workers apart and leaves out payments without withholding', () => {
    const records = paymentRecords([
      pay('c1', 'w', 30_000),
      pay('c2', 'w', 60_000),
      pay('c1', 'w2', 10_000),
      { clientId: 'c3', workerId: 'w', amount: 90_000, tax: 9_000, withholding: 0 },
    ]);
    expect(records.map((r) => [r.clientId, r.workerId, r.amount, r.withholding, r.mustFile])).toEqual([
      ['c1', 'w', 30_000, 3_063, false],
      ['c2', 'w', 60_000, 6_126, true],
      ['c1', 'w2', 10_000, 1_021, false],
    ]);
  });

  it('files with the tax office only over ¥50,000 a year', () => {
    expect(paymentRecords([pay('c', 'w', 50_000)])[0]?.mustFile).toBe(false);
    expect(paymentRecords([pay('c', 'w', 50_000), pay('c', 'w', 10)])[0]?.mustFile).toBe(true);
  });
});

describe('checkPayeeIdentity (氏名・住所)', () => {
  it('keeps a name and an address folded to one width and one space', () => {
    expect(checkPayeeIdentity({ legalName: ' 山田　 花子 ', address: '東京都千代田区千代田１－１' })).toEqual({
      ok: true,
      value: { legalName: '山田 花子', address: '東京都千代田区千代田1-1' },
    });
    expect(checkPayeeIdentity({ legalName: 'Hanako Yamada', address: '北海道札幌市中央区北1条西2丁目' }).ok).toBe(true);
  });

  it('refuses what cannot be a name or an address, field by field', () => {
    const errors = (legalName: string, address: string) => {
      const r = checkPayeeIdentity({ legalName, address });
      return r.ok ? [] : r.errors.map((e) => e.code);
    };
    expect(errors('', '')).toEqual(['legal-name-invalid', 'address-invalid']);
    expect(errors('山田1号', '東京都千代田区1-1')).toEqual(['legal-name-invalid']);
    expect(errors('yamada@example.jp', '東京都千代田区1-1')).toEqual(['legal-name-invalid']);
    expect(errors('山田 花子', '千代田区千代田1-1')).toEqual(['address-invalid']);
    expect(errors('山田 花子', '東京都')).toEqual(['address-invalid']);
    expect(errors('山田\u0007花子', '東京都千代田区1-1')).toEqual(['legal-name-invalid']);
  });
});
