// The `quote.expire` task: an open quote past the end of its valid-until day (Japan)
// expires, and both parties are told. Idempotent. A purchase checks the time itself, so
// a quote is never bought late even when this task runs late.
import type { Deps } from '../../deps';
import { notifyMany } from '../../notifications/notify';

/** Returns whether this call expired the quote. */
export async function expireQuote(deps: Deps, quoteId: string, now: Date): Promise<boolean> {
  return deps.db.transaction().execute(async (trx) => {
    // Compare-and-set on the status: it waits for a purchase holding the row lock, then
    // finds the quote bought and does nothing.
    const expired = await trx
      .updateTable('service_quotes')
      .set({ status: 'expired', ended_at: now })
      .where('id', '=', quoteId)
      .where('status', '=', 'open')
      .where('expires_at', '<=', now)
      .returning(['inquiry_id', 'service_id', 'buyer_id', 'seller_id', 'price', 'valid_until'])
      .executeTakeFirst();
    if (!expired) return false;
    const service = await trx
      .selectFrom('services')
      .select('title')
      .where('id', '=', expired.service_id)
      .executeTakeFirstOrThrow();
    const params = { title: service.title, price: expired.price, validUntil: expired.valid_until };
    const link = `/inquiries/${expired.inquiry_id}`;
    await notifyMany(
      trx,
      deps.config.publicUrl,
      [
        { userId: expired.buyer_id, kind: 'quote.expired', params, link },
        { userId: expired.seller_id, kind: 'quote.expired', params, link },
      ],
      now,
    );
    return true;
  });
}
