// As a seller: services buyers can still see (公開中 or 受付停止). Each is hidden in
// place (非公開にする); none ends by itself, so none has a date of its own.
import { PUBLIC_SERVICE_STATUSES } from '../../../domain/services/process';
import type { OpenItem } from '../../../domain/withdrawal/eligibility';
import type { BlockerProvider } from '../registry';

export const publishedServicesProvider: BlockerProvider = {
  key: 'publishedServices',
  async load(db, userId) {
    const rows = await db
      .selectFrom('services')
      .select(['id', 'title', 'status'])
      .where('seller_id', '=', userId)
      .where('status', 'in', PUBLIC_SERVICE_STATUSES)
      .orderBy('published_at')
      .execute();
    return rows.map(
      (s): OpenItem => ({
        id: s.id,
        title: s.title,
        link: `/services/${s.id}`,
        clearsAt: null,
        resolve: {
          method: 'POST',
          href: `/api/v1/services/${s.id}/hide`,
          label: { ja: '非公開にする', en: 'Hide this service' },
          confirm: {
            ja: '非公開にすると、このサービスは購入できなくなり、検索やプロフィールにも表示されません。進行中の取引はそのまま続きます。あとから再び公開することもできます。',
            en: 'Once hidden, the service cannot be bought and no longer shows in search or on your profile. Orders already placed go on. You can publish it again later.',
          },
          done: { ja: 'サービスを非公開にしました。', en: 'The service is now hidden.' },
        },
      }),
    );
  },
};
