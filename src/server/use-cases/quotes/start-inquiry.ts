// 見積り・カスタマイズ相談: a buyer asks the seller about a service with a first message.
// One inquiry (and thread) per buyer and service: asking again writes in the same thread.
import { AppError } from '../../../domain/errors';
import { inquiryRefusal } from '../../../domain/quotes/quote';
import { assertNotBlocked } from '../../blocks/guard';
import { assertActive, lockAccounts } from '../../db/account-lock';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { assertAvailable } from '../../moderation/available';
import { assertNotRestricted } from '../../moderation/restrictions';
import { notify } from '../../notifications/notify';
import { readService } from '../../orders/choice';
import { postMessage } from '../../threads/post-message';
import { createThread, findThreadId } from '../../threads/threads';

export interface StartInquiryInput {
  buyerId: string;
  serviceId: string;
  message: string;
}

export async function startInquiry(deps: Deps, input: StartInquiryInput): Promise<{ id: string; threadId: string }> {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    await assertNotRestricted(trx, input.buyerId, 'message', now);
    const service = await readService(trx, input.serviceId);
    // Both accounts FOR SHARE: a quote that follows would block the seller's withdrawal,
    // and neither party may be leaving while the conversation starts.
    const statuses = await lockAccounts(trx, [input.buyerId, service.seller_id]);
    assertActive(statuses.get(input.buyerId));
    await assertNotBlocked(trx, input.buyerId, service.seller_id);
    const refusal = inquiryRefusal(input.buyerId, { sellerId: service.seller_id, status: service.status });
    if (refusal) throw new AppError(refusal);
    if (statuses.get(service.seller_id) !== 'active') throw new AppError('seller-unavailable');
    await assertAvailable(trx, service.seller_id, 'seller-unavailable', now);

    const existing = await trx
      .selectFrom('service_inquiries')
      .select('id')
      .where('service_id', '=', service.id)
      .where('buyer_id', '=', input.buyerId)
      .executeTakeFirst();
    if (existing) {
      const threadId = (await findThreadId(trx, { type: 'inquiry', id: existing.id })) ?? '';
      await postMessage(trx, deps, { senderId: input.buyerId, threadId, body: input.message, attachmentIds: [] }, now);
      return { id: existing.id, threadId };
    }
    const inquiry = await trx
      .insertInto('service_inquiries')
      .values({ service_id: service.id, buyer_id: input.buyerId, seller_id: service.seller_id, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const subject = { type: 'inquiry' as const, id: inquiry.id };
    const threadId = await createThread(trx, subject, [input.buyerId, service.seller_id], now);
    await postMessage(
      trx,
      deps,
      {
        senderId: input.buyerId,
        threadId,
        thread: { id: threadId, subject_type: 'inquiry', subject_id: inquiry.id },
        body: input.message,
        attachmentIds: [],
        notify: false,
      },
      now,
    );
    await notify(
      trx,
      deps.config.publicUrl,
      { userId: service.seller_id, kind: 'quote.requested', params: { title: service.title }, link: `/inquiries/${inquiry.id}` },
      now,
    );
    return { id: inquiry.id, threadId };
  });
}
