// Service and order factories: a published service written straight into its tables (so
// that order tests do not depend on the editor's rules), and a purchase through HTTP.
import type { Db } from '../src/server/db/database';
import type { TestClient } from './app';

export interface TestService {
  id: string;
  packages: { id: string; name: string; price: number; deliveryDays: number }[];
  options: { id: string; title: string; price: number; extraDays: number }[];
}

export interface ServiceSpec {
  status?: 'draft' | 'published' | 'paused' | 'hidden';
  capacity?: number;
  acceptanceDays?: number;
  packages?: { name: string; price: number; deliveryDays: number; revisions?: number }[];
  options?: { title: string; price: number; extraDays: number }[];
  title?: string;
}

/** A service of `sellerId`, published unless said otherwise, with its packages and options. */
export async function createService(db: Db, sellerId: string, spec: ServiceSpec = {}): Promise<TestService> {
  const now = new Date('2026-03-01T00:00:00Z');
  const packages = spec.packages ?? [
    { name: 'ベーシック', price: 10_000, deliveryDays: 5, revisions: 1 },
    { name: 'プレミアム', price: 30_000, deliveryDays: 10, revisions: 3 },
  ];
  const options = spec.options ?? [
    { title: '特急納品', price: 2_000, extraDays: 0 },
    { title: '追加修正', price: 1_000, extraDays: 2 },
  ];
  const status = spec.status ?? 'published';
  const service = await db
    .insertInto('services')
    .values({
      seller_id: sellerId,
      status,
      hidden_reason: status === 'hidden' ? 'seller' : null,
      title: spec.title ?? 'ロゴデザインを作成します',
      category: 'design-logo',
      description: '企業やお店のロゴを、ヒアリングをもとに丁寧にデザインします。修正にも柔軟に対応します。よろしくお願いします。',
      buyer_request: '業種と、ロゴに入れたい文字を教えてください。',
      capacity: spec.capacity ?? 3,
      acceptance_days: spec.acceptanceDays ?? 3,
      price_from: Math.min(...packages.map((p) => p.price)),
      delivery_days_from: Math.min(...packages.map((p) => p.deliveryDays)),
      published_at: status === 'draft' ? null : now,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const pkgs = await db
    .insertInto('service_packages')
    .values(
      packages.map((p, i) => ({
        service_id: service.id,
        position: i,
        name: p.name,
        price: p.price,
        delivery_days: p.deliveryDays,
        revisions: p.revisions ?? 1,
        includes: `${p.name}の内容`,
        created_at: now,
      })),
    )
    .returning(['id', 'name', 'price', 'delivery_days'])
    .execute();
  const opts = options.length
    ? await db
        .insertInto('service_options')
        .values(
          options.map((o, i) => ({
            service_id: service.id,
            position: i,
            title: o.title,
            price: o.price,
            extra_days: o.extraDays,
            created_at: now,
          })),
        )
        .returning(['id', 'title', 'price', 'extra_days'])
        .execute()
    : [];
  return {
    id: service.id,
    packages: pkgs.map((p) => ({ id: p.id, name: p.name, price: p.price, deliveryDays: p.delivery_days })),
    options: opts.map((o) => ({ id: o.id, title: o.title, price: o.price, extraDays: o.extra_days })),
  };
}

/** Previews then buys (card unless said): the order as answered. */
export async function buy(
  client: TestClient,
  service: TestService,
  choice: { packageIndex?: number; optionIndexes?: number[]; method?: 'dev_card' | 'bank_transfer'; key?: string } = {},
) {
  const body = {
    packageId: service.packages[choice.packageIndex ?? 0]?.id,
    optionIds: (choice.optionIndexes ?? []).map((i) => service.options[i]?.id),
  };
  const preview = await client.post(`/api/v1/services/${service.id}/order-preview`, body);
  if (preview.statusCode !== 200) return preview;
  return client.post(
    `/api/v1/services/${service.id}/orders`,
    { ...body, method: choice.method ?? 'dev_card', expectedTotal: preview.json().total },
    choice.key ? { 'idempotency-key': choice.key } : undefined,
  );
}
