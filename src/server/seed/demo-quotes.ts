// A demo quote (見積り): the demo client asks the design student about her logo service
// for a custom order, she answers in the thread and sends a quote, still open to buy.
import { japanDate, QUOTE_LIMITS } from '../../domain/quotes/quote';
import type { Deps } from '../deps';
import { sendMessage } from '../use-cases/messages/send-message';
import { sendQuote } from '../use-cases/quotes/send-quote';
import { startInquiry } from '../use-cases/quotes/start-inquiry';

export const DEMO_QUOTE_SERVICE = 'お店の雰囲気が伝わるロゴを作成します';

export async function seedDemoQuote(deps: Deps, userIds: Record<string, string>): Promise<void> {
  const buyerId = userIds.tanaka_shoji;
  const sellerId = userIds.takahashi_mei;
  if (!buyerId || !sellerId) return;
  const service = await deps.db
    .selectFrom('services')
    .select('id')
    .where('seller_id', '=', sellerId)
    .where('title', '=', DEMO_QUOTE_SERVICE)
    .where('status', '=', 'published')
    .executeTakeFirst();
  if (!service) return;
  const inquiry = await startInquiry(deps, {
    buyerId,
    serviceId: service.id,
    message:
      '田中商店です。ロゴに加えて、同じデザインでショップカード(両面)も作っていただけますか?予算は2万円前後、来月の開店に間に合えば助かります。',
  });
  await sendMessage(deps, {
    senderId: sellerId,
    threadId: inquiry.threadId,
    body: 'ご相談ありがとうございます。ロゴ2案とショップカード(両面)をセットでお見積りしました。内容をご確認ください。',
    attachmentIds: [],
  });
  await sendQuote(deps, {
    sellerId,
    inquiryId: inquiry.id,
    price: 19_800,
    deliveryDays: 10,
    revisions: 2,
    includes: 'ロゴ2案(採用案のPNG・AI形式)、ショップカード両面のデザイン(印刷用PDF)',
    validUntil: japanDate(deps.clock(), QUOTE_LIMITS.validDaysDefault),
  });
}
