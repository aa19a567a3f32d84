// The seller withdraws a quote not yet bought (取り下げ); the buyer is told. Also the
// in-place resolution of the withdrawal blocker "quotes waiting for an answer".
import { AppError } from '../../../domain/errors';
import { quotePurchaseRefusal } from '../../../domain/quotes/quote';
import { lockQuoteRow } from '../../db/repositories/locks';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { notify } from '../../notifications/notify';
import { quoteGuards } from '../../quotes/quotes';

export interface WithdrawQuoteInput {
  sellerId: string;
  quoteId: string;
}

export async function withdrawQuote(deps: Deps, input: WithdrawQuoteInput): Promise<{ inquiryId: string }> {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    // The quote row FOR UPDATE: a purchase of it holds the same lock, so one of the two wins.
    const quote = await lockQuoteRow(trx, input.quoteId, quoteGuards.enabled);
    if (!quote || (quote.seller_id !== input.sellerId && quote.buyer_id !== input.sellerId)) throw new AppError('not-found');
    if (quote.seller_id !== input.sellerId) throw new AppError('forbidden');
    const refusal = quotePurchaseRefusal({ status: quote.status, expiresAt: quote.expires_at }, now);
    if (refusal) throw new AppError(refusal);
    let update = trx.updateTable('service_quotes').set({ status: 'withdrawn', ended_at: now }).where('id', '=', quote.id);
    if (quoteGuards.enabled) update = update.where('status', '=', 'open');
    const done = await update.returning('id').executeTakeFirst();
    if (!done) throw new AppError('quote-bought');
    const service = await trx.selectFrom('services').select('title').where('id', '=', quote.service_id).executeTakeFirstOrThrow();
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: quote.buyer_id,
        kind: 'quote.withdrawn',
        params: { title: service.title, price: quote.price },
        link: `/inquiries/${quote.inquiry_id}`,
      },
      now,
    );
    return { inquiryId: quote.inquiry_id };
  });
}
