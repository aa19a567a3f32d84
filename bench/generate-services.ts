// Generates the services side of a large marketplace for the benchmarks: skill services
// (default 100,000; most published, some paused or hidden) with two packages each, in
// bulk SQL from a pool of realistic Japanese services tokenised by the production code.
import { sql } from 'kysely';
import { documentTokens } from '../src/domain/jobs/search';
import type { Db } from '../src/server/db/database';
import { serviceSearchText } from '../src/server/services/values';

const WHAT = [
  'ロゴ',
  '名刺',
  'バナー',
  'LP',
  'ホームページ',
  'WordPressサイト',
  'ブログ記事',
  'SEO記事',
  '商品説明文',
  'キャッチコピー',
  '英語翻訳',
  '中国語翻訳',
  '動画編集',
  'YouTubeサムネイル',
  '似顔絵',
  'アイコンイラスト',
  'LINEスタンプ',
  'データ入力',
  '文字起こし',
  'Excelマクロ',
];
const HOW = [
  'を作成します',
  'をデザインします',
  'を丁寧に仕上げます',
  'を最短即日で納品します',
  'を格安で承ります',
  'をプロが制作します',
];
const EXTRAS = ['(修正無料)', '(商用利用OK)', '(初心者の方も安心)', '(実績100件以上)', '', '', ''];
const CATEGORIES = [
  'design-logo',
  'design-banner',
  'design-illustration',
  'design-web',
  'dev-web',
  'dev-wordpress',
  'writing-article',
  'writing-seo',
  'writing-copy',
  'translation-en-ja',
  'translation-zh-ja',
  'dev-automation',
];

function pool(size: number) {
  let seed = 11;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  return Array.from({ length: size }, (_, i) => {
    const title = `${pick(WHAT)}${pick(HOW)}${pick(EXTRAS)} No.${i}`;
    const description = `${pick(WHAT)}${pick(HOW)}。ヒアリングのうえ、ご希望に合わせて${pick(WHAT)}もご提案します。修正はパッケージの回数まで無料です。`;
    const category = pick(CATEGORIES);
    const tags = [
      pick(['ロゴ', '名刺', '翻訳', 'SEO', 'イラスト', 'かわいい', '急ぎ']),
      pick(['商用OK', '修正無料', '初心者歓迎']),
    ];
    const packages = [
      { name: 'ベーシック', includes: pick(['PNGデータ', '原稿1本', 'デザイン案2点']) },
      { name: 'プレミアム', includes: pick(['AIデータ付き', '3本セット', '修正無制限']) },
    ];
    const text = serviceSearchText({ title, description, category, tags, packages, options: [{ title: '特急納品' }] });
    const price = 500 * (2 + Math.floor(rnd() * 100));
    return { i, title, description, category, tags, text, tokens: documentTokens(text), price, days: 1 + Math.floor(rnd() * 14) };
  });
}

export async function generateServices(
  db: Db,
  options: { services: number; progress: (label: string, done: number, total: number) => void },
) {
  const existing = Number(
    (await sql<{ n: string }>`select count(*) as n from services where title like '%No.%'`.execute(db)).rows[0]?.n ?? 0,
  );
  if (existing >= options.services) {
    options.progress('services', options.services, options.services);
    return;
  }
  const size = 2000;
  await sql`drop table if exists bench_service_pool`.execute(db);
  await sql`create unlogged table bench_service_pool (i int primary key, title text, description text, category text, tags text[], search_text text, search_tokens text[], price int, days int)`.execute(
    db,
  );
  for (const p of pool(size)) {
    await sql`insert into bench_service_pool values (${p.i}, ${p.title}, ${p.description}, ${p.category}, ${sql.val(p.tags)}::text[], ${p.text}, ${sql.val(p.tokens)}::text[], ${p.price}, ${p.days})`.execute(
      db,
    );
  }
  await sql`drop table if exists bench_sellers`.execute(db);
  await sql`create unlogged table bench_sellers as select id, row_number() over (order by username desc) as rn from users where username like 'bench\\_%' limit 20000`.execute(
    db,
  );
  const sellers = Number((await sql<{ n: string }>`select count(*) as n from bench_sellers`.execute(db)).rows[0]?.n ?? 1);
  const batch = 20_000;
  for (let from = existing; from < options.services; from += batch) {
    const to = Math.min(options.services, from + batch) - 1;
    // 80% published, 10% paused (受付停止), 10% hidden; ratings on two in three.
    await sql`
      insert into services (seller_id, status, hidden_reason, title, category, tags, description, price_from, delivery_days_from,
                            rating_average, rating_count, orders_completed, search_text, search_tokens, published_at, created_at, updated_at)
      select s.id, case when n % 10 = 0 then 'hidden' when n % 10 = 1 then 'paused' else 'published' end,
             case when n % 10 = 0 then 'seller' end, p.title, p.category, p.tags, p.description, p.price, p.days,
             case when n % 3 = 0 then null else 3 + (n % 200) / 100.0 end, case when n % 3 = 0 then 0 else n % 40 + 1 end,
             n % 97, p.search_text, p.search_tokens, now() - n * interval '1 second', now(), now()
      from generate_series(${from}::int, ${to}::int) n
      join bench_service_pool p on p.i = n % ${size}
      join bench_sellers s on s.rn = (n % ${sellers}) + 1`.execute(db);
    await sql`
      insert into service_packages (service_id, position, name, price, delivery_days, revisions, includes, created_at)
      select v.id, k.position, k.name, v.price_from * (1 + k.position * 2), v.delivery_days_from + k.position * 3, 2, '納品物一式', now()
      from services v cross join (values (0, 'ベーシック'), (1, 'プレミアム')) as k(position, name)
      where v.title like '%No.%' and not exists (select 1 from service_packages x where x.service_id = v.id)`.execute(db);
    options.progress('services', to + 1, options.services);
  }
  await sql`analyze services`.execute(db);
}
