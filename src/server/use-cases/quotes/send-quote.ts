// The seller answers an inquiry with a quote (見積り): price tax included, delivery days,
// revisions, what is included, valid until a date (today to 30 days ahead). An open quote
// blocks the seller's withdrawal until it is bought, withdrawn or expires.
import { AppError } from '../../../domain/errors';
import { quoteExpiresAt, validUntilRefusal } from '../../../domain/quotes/quote';
import type { QuoteBody } from '../../../shared/api/quotes';
import { assertNotBlocked } from '../../blocks/guard';
import { assertActive, lockAccounts } from '../../db/account-lock';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { assertNotRestricted } from '../../moderation/restrictions';
import { notify } from '../../notifications/notify';
import { readService } from '../../orders/choice';
import { enqueueTask } from '../../queue/queue';
import { QUOTE_EXPIRE_TASK } from '../../queue/tasks';
import { inquiryOf } from '../../quotes/quotes';

export interface SendQuoteInput extends QuoteBody {
  sellerId: string;
  inquiryId: string;
}

export async function sendQuote(deps: Deps, input: SendQuoteInput): Promise<string> {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    await assertNotRestricted(trx, input.sellerId, 'post', now);
    const inquiry = await inquiryOf(trx, input.inquiryId, input.sellerId);
    if (inquiry.seller_id !== input.sellerId) throw new AppError('forbidden');
    // The quote is a withdrawal blocker for the seller: the account lock, as every such write takes it.
    const statuses = await lockAccounts(trx, [inquiry.buyer_id, inquiry.seller_id]);
    assertActive(statuses.get(input.sellerId));
    await assertNotBlocked(trx, inquiry.seller_id, inquiry.buyer_id);
    if (statuses.get(inquiry.buyer_id) !== 'active') throw new AppError('buyer-unavailable');
    const service = await readService(trx, inquiry.service_id);
    if (service.status !== 'published') throw new AppError('service-not-on-sale');
    const refusal = validUntilRefusal(input.validUntil, now);
    if (refusal) throw AppError.field('/validUntil', refusal.code, refusal.max ? { max: refusal.max } : undefined);

    const expiresAt = quoteExpiresAt(input.validUntil);
    const quote = await trx
      .insertInto('service_quotes')
      .values({
        inquiry_id: inquiry.id,
        service_id: service.id,
        buyer_id: inquiry.buyer_id,
        seller_id: inquiry.seller_id,
        price: input.price,
        delivery_days: input.deliveryDays,
        revisions: input.revisions,
        includes: input.includes,
        valid_until: input.validUntil,
        expires_at: expiresAt,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await enqueueTask(
      trx,
      { kind: QUOTE_EXPIRE_TASK, payload: { quoteId: quote.id }, runAt: expiresAt, dedupeKey: `quote.expire:${quote.id}` },
      now,
    );
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: inquiry.buyer_id,
        kind: 'quote.sent',
        params: { title: service.title, price: input.price, deliveryDays: input.deliveryDays, validUntil: input.validUntil },
        link: `/inquiries/${inquiry.id}`,
      },
      now,
    );
    return quote.id;
  });
}
