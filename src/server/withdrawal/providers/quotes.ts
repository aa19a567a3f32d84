// As a seller: quotes sent and still open (not bought, withdrawn or expired). Each is
// withdrawn in place (取り下げる), or ends by itself at the end of its valid-until day.
import type { OpenItem } from '../../../domain/withdrawal/eligibility';
import type { BlockerProvider } from '../registry';

export const openQuotesProvider: BlockerProvider = {
  key: 'openQuotes',
  async load(db, userId, now) {
    const rows = await db
      .selectFrom('service_quotes as q')
      .innerJoin('services as s', 's.id', 'q.service_id')
      .select(['q.id', 'q.inquiry_id', 'q.price', 'q.expires_at', 's.title'])
      .where('q.seller_id', '=', userId)
      .where('q.status', '=', 'open')
      // Past its end it is expired, even before the timer marks it so.
      .where('q.expires_at', '>', now)
      .orderBy('q.expires_at')
      .execute();
    return rows.map(
      (q): OpenItem => ({
        id: q.id,
        title: `${q.title}(¥${q.price.toLocaleString('ja-JP')})`,
        link: `/inquiries/${q.inquiry_id}`,
        clearsAt: q.expires_at,
        resolve: {
          method: 'POST',
          href: `/api/v1/quotes/${q.id}/withdraw`,
          label: { ja: '見積りを取り下げる', en: 'Withdraw this quote' },
          confirm: {
            ja: '取り下げると、相談者はこの見積りを購入できなくなります。相談者には取り下げたことが通知されます。',
            en: 'Once withdrawn, the buyer can no longer buy this quote. The buyer is told.',
          },
          done: { ja: '見積りを取り下げました。', en: 'The quote is withdrawn.' },
        },
      }),
    );
  },
};
