import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitMilestone } from '../money/fees';
import { isBankBusinessDay } from '../payouts/schedule';
import { expectedPaymentDate, isPaymentDate } from '../payouts/sixty-days';
import { daysBetween, inspectionDate, latestPaymentDate, shiftDate } from './payment-date';
import { type TermsInput, termsDocument, withDeliveries } from './terms';

const input = (over: Partial<TermsInput> = {}): TermsInput => ({
  contractId: 'c1',
  version: 1,
  issuedAt: new Date('2026-04-01T01:00:00Z'),
  commissionedAt: new Date('2026-03-31T16:30:00Z'),
  client: { username: 'client' },
  worker: { username: 'worker' },
  job: { title: 'ロゴ制作', description: 'ロゴを3案' },
  withholding: false,
  autoAcceptDays: 7,
  milestones: [
    { position: 1, title: '初稿', dueDate: '2026-04-20', money: splitMilestone(30_000, { withholding: false }) },
    { position: 2, title: '仕上げ', dueDate: '2026-05-10', money: splitMilestone(20_000, { withholding: false }) },
  ],
  ...over,
});

describe('termsDocument', () => {
  it('states every field the Freelance Act asks for', () => {
    const doc = termsDocument(input());
    // 業務委託をした日: the Japan date of the commission (01:30 on 1 April in Japan).
    expect(doc.commissionedOn).toBe('2026-04-01');
    expect(doc.work).toEqual({ title: 'ロゴ制作', description: 'ロゴを3案' });
    expect(doc.deliveryDate).toBe('2026-05-10');
    expect(doc.deliveryPlace.ja).toContain('本サービス上の納品機能');
    expect(doc.inspection.days).toBe(7);
    expect(doc.inspection.rule.ja).toContain('7日以内');
    expect(doc.milestones.map((m) => m.inspectionDate)).toEqual(['2026-04-27', '2026-05-17']);
    expect(doc.total).toEqual({ amount: 50_000, tax: 5_000, withTax: 55_000, withholding: 0 });
    expect(doc.milestones[0]).toMatchObject({ amount: 30_000, tax: 3_000, withTax: 33_000, deliveredOn: null });
    // Due on 20 April: the 60th day is 18 June, so the last payment date within it is 15 June.
    expect(doc.milestones[0]?.paymentDate).toBe('2026-06-15');
    expect(doc.paymentDate).toBe(doc.milestones[1]?.paymentDate);
    expect(doc.paymentMethod.ja).toContain('代理受領');
    expect(doc.paymentMethod.ja).toContain('振込');
    expect(doc.paymentRule.ja).toContain('60日以内');
    expect(doc.kind).toBe('contract');
    expect(doc.orderId).toBeNull();
    for (const lang of ['ja', 'en'] as const) {
      for (const text of [doc.deliveryPlace, doc.inspection.rule, doc.paymentRule, doc.paymentMethod, doc.payment]) {
        expect(text[lang].length).toBeGreaterThan(10);
      }
    }
  });

  it('names a service order', () => {
    const doc = termsDocument(input({ orderId: 'o1' }));
    expect(doc).toMatchObject({ kind: 'order', orderId: 'o1' });
  });

  it('states the dates of a delivery received: the day, the auto-acceptance deadline and the payment date from it', () => {
    const deliveredAt = new Date('2026-04-06T03:00:00Z');
    const autoAcceptAt = new Date('2026-04-13T03:00:00Z');
    const milestones = input().milestones.map((m, i) => (i === 0 ? { ...m, deliveredAt, autoAcceptAt } : m));
    const doc = termsDocument(input({ milestones }));
    expect(doc.milestones[0]).toMatchObject({
      deliveredOn: '2026-04-06',
      inspectionDate: '2026-04-13',
      // Received 6 April: the 60th day is 4 June; 31 May is a Sunday, so 29 May.
      paymentDate: '2026-05-29',
    });
    // The same dates when a stored version is read after the delivery.
    const later = withDeliveries(termsDocument(input()), [{ position: 1, deliveredAt, autoAcceptAt }]);
    expect(later.milestones[0]).toEqual(doc.milestones[0]);
    expect(later.milestones[1]).toEqual(doc.milestones[1]);
  });

  it('leaves a version written before the Act fields as it was', () => {
    const { inspection: _, ...old } = termsDocument(input());
    const stored = old as unknown as ReturnType<typeof termsDocument>;
    expect(withDeliveries(stored, [{ position: 1, deliveredAt: new Date(), autoAcceptAt: null }])).toBe(stored);
  });
});

const calendarDate = fc
  .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('latestPaymentDate', () => {
  it('is within 60 days of receipt counting its day, on a payment date of the schedule, not before the day received', () => {
    fc.assert(
      fc.property(calendarDate, (received) => {
        const paid = latestPaymentDate(received);
        expect(daysBetween(received, paid)).toBeLessThanOrEqual(59);
        expect(daysBetween(received, paid)).toBeGreaterThan(0);
        expect(isBankBusinessDay(paid)).toBe(true);
        expect(isPaymentDate(paid)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('is the date the payouts page shows for earnings accepted on the day received', () => {
    fc.assert(
      fc.property(calendarDate, (received) => {
        expect(latestPaymentDate(received)).toBe(expectedPaymentDate(received, false));
      }),
      { numRuns: 500 },
    );
  });

  it('is the latest payment date within the 60 days', () => {
    // Received 4 June: the 60th day is 2 August (a Sunday); 31 July (a Friday) is the last payment date before it.
    expect(latestPaymentDate('2026-06-04')).toBe('2026-07-31');
    // Received 1 May: the 60th day is 29 June, before the end-of-month payment date (30 June).
    expect(latestPaymentDate('2026-05-01')).toBe('2026-06-15');
    expect(latestPaymentDate('2026-05-01') <= shiftDate('2026-05-01', 59)).toBe(true);
  });

  it('every document payment date is within 60 days of its delivery date', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(calendarDate, fc.integer({ min: 1, max: 1_000_000 })), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 60 }),
        (ms, days) => {
          const doc = termsDocument(
            input({
              autoAcceptDays: days,
              milestones: ms.map(([dueDate, amount], i) => ({
                position: i + 1,
                title: `m${i}`,
                dueDate,
                money: splitMilestone(amount, { withholding: false }),
              })),
            }),
          );
          for (const m of doc.milestones) {
            expect(daysBetween(m.dueDate, m.paymentDate)).toBeLessThanOrEqual(60);
            expect(m.inspectionDate).toBe(inspectionDate(m.dueDate, days));
          }
          expect(doc.paymentDate).toBe(
            doc.milestones
              .map((m) => m.paymentDate)
              .sort()
              .at(-1),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
