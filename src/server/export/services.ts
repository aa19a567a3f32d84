// The export's services section: the member's services as a seller, each with its
// packages and options (removed ones included, marked) and the ids of its images (the
// files themselves are listed under attachments).
import type { Db } from '../db/database';
import { plain } from './rows';

export async function exportServices(db: Db, userId: string) {
  const services = await db
    .selectFrom('services')
    .select([
      'id',
      'status',
      'hidden_reason',
      'title',
      'category',
      'tags',
      'description',
      'faq',
      'buyer_request',
      'capacity',
      'acceptance_days',
      'price_from',
      'delivery_days_from',
      'version',
      'published_at',
      'created_at',
      'updated_at',
    ])
    .where('seller_id', '=', userId)
    .orderBy('created_at')
    .execute();
  const ids = services.map((s) => s.id);
  if (ids.length === 0) return { services: [] };
  const [packages, options, images] = await Promise.all([
    db
      .selectFrom('service_packages')
      .select([
        'id',
        'service_id',
        'position',
        'name',
        'price',
        'delivery_days',
        'revisions',
        'includes',
        'removed_at',
        'created_at',
      ])
      .where('service_id', 'in', ids)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('service_options')
      .select(['id', 'service_id', 'position', 'title', 'price', 'extra_days', 'removed_at', 'created_at'])
      .where('service_id', 'in', ids)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('service_images')
      .select(['attachment_id', 'service_id', 'position'])
      .where('service_id', 'in', ids)
      .orderBy('position')
      .execute(),
  ]);
  const strip = <T extends { service_id: string }>({ service_id: _, ...rest }: T) => plain(rest);
  return {
    services: services.map((s) => ({
      ...plain(s),
      packages: packages.filter((p) => p.service_id === s.id).map(strip),
      options: options.filter((o) => o.service_id === s.id).map(strip),
      images: images.filter((i) => i.service_id === s.id).map(strip),
    })),
  };
}
