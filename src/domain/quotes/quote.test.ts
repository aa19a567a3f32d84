import { describe, expect, it } from 'vitest';
import {
  inquiryRefusal,
  japanDate,
  quoteActions,
  quoteExpiresAt,
  quotePurchaseRefusal,
  quoteStatusAt,
  validUntilRefusal,
} from './quote';

describe('quote expiry', () => {
  it('ends at the end of the valid-until day in Japan (15:00 UTC)', () => {
    expect(quoteExpiresAt('2026-04-10').toISOString()).toBe('2026-04-10T15:00:00.000Z');
  });

  it('is open until that moment and expired from it, whatever the timer did', () => {
    const quote = { status: 'open' as const, expiresAt: quoteExpiresAt('2026-04-10') };
    expect(quoteStatusAt(quote, new Date('2026-04-10T14:59:59.999Z'))).toBe('open');
    expect(quoteStatusAt(quote, new Date('2026-04-10T15:00:00.000Z'))).toBe('expired');
    expect(quotePurchaseRefusal(quote, new Date('2026-04-10T14:59:59.999Z'))).toBeNull();
    expect(quotePurchaseRefusal(quote, new Date('2026-04-10T15:00:00.000Z'))).toBe('quote-expired');
  });

  it('keeps an ended quote ended, and names why it cannot be bought', () => {
    const at = new Date('2026-04-01T00:00:00Z');
    const expiresAt = quoteExpiresAt('2026-04-10');
    expect(quotePurchaseRefusal({ status: 'bought', expiresAt }, at)).toBe('quote-bought');
    expect(quotePurchaseRefusal({ status: 'withdrawn', expiresAt }, at)).toBe('quote-withdrawn');
    expect(quotePurchaseRefusal({ status: 'expired', expiresAt }, at)).toBe('quote-expired');
    expect(quoteStatusAt({ status: 'bought', expiresAt }, new Date('2026-05-01T00:00:00Z'))).toBe('bought');
  });
});

describe('quote validation', () => {
  // 2026-04-01 08:59 UTC is 17:59 on 1 April in Japan; 15:00 UTC is already 2 April.
  const now = new Date('2026-04-01T08:59:00Z');

  it('takes today to 30 days ahead (Japan dates)', () => {
    expect(japanDate(now)).toBe('2026-04-01');
    expect(validUntilRefusal('2026-04-01', now)).toBeNull();
    expect(validUntilRefusal('2026-05-01', now)).toBeNull();
    expect(validUntilRefusal('2026-03-31', now)).toEqual({ code: 'valid-until-past' });
    expect(validUntilRefusal('2026-05-02', now)).toEqual({ code: 'valid-until-too-far', max: 30 });
  });

  it('reads today in Japan, not UTC', () => {
    const lateEvening = new Date('2026-04-01T15:30:00Z');
    expect(validUntilRefusal('2026-04-01', lateEvening)).toEqual({ code: 'valid-until-past' });
    expect(validUntilRefusal('2026-04-02', lateEvening)).toBeNull();
  });
});

describe('who may do what', () => {
  const quote = { buyerId: 'b', sellerId: 's', status: 'open' as const, expiresAt: new Date('2026-04-10T15:00:00Z') };
  const now = new Date('2026-04-01T00:00:00Z');

  it('offers buy to the buyer and withdraw to the seller while open, nothing afterwards', () => {
    expect(quoteActions('b', quote, now)).toEqual(['buy']);
    expect(quoteActions('s', quote, now)).toEqual(['withdraw']);
    expect(quoteActions('x', quote, now)).toEqual([]);
    expect(quoteActions('b', quote, new Date('2026-04-11T00:00:00Z'))).toEqual([]);
    expect(quoteActions('s', { ...quote, status: 'withdrawn' }, now)).toEqual([]);
  });

  it('refuses an inquiry about one’s own or an unpublished service', () => {
    expect(inquiryRefusal('s', { sellerId: 's', status: 'published' })).toBe('inquiry-own-service');
    for (const status of ['draft', 'paused', 'hidden'])
      expect(inquiryRefusal('b', { sellerId: 's', status })).toBe('service-not-on-sale');
    expect(inquiryRefusal('b', { sellerId: 's', status: 'published' })).toBeNull();
  });
});
