// Service search against an oracle, as job search: on a corpus of realistic service
// titles and descriptions, every query's results equal a plain match over the same
// normalised text — 0 false negatives and 0 false positives — for one- and
// two-character words, ASCII, full- and half-width input and kana written either way.
// Only published and paused services of active sellers are found. Then the filters and
// the sorts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { documentTokens, matchesTerm, normaliseForSearch, parseKeywords } from '../../../domain/jobs/search';
import type { ServiceStatus } from '../../../domain/services/process';
import { ServiceSearchQuery } from '../../../shared/api/services';
import { serviceSearchText } from '../../services/values';
import { PAGE_SIZE, searchServices } from './search-services';

let database: TestDatabase;

interface Doc {
  id: string;
  text: string;
  category: string;
  price: number;
  days: number;
  rating: number | null;
  orders: number;
  published: Date;
}
const corpus: Doc[] = [];

const TITLES = [
  'シンプルで伝わるロゴを作成します',
  'ブログ記事をSEOを意識して執筆します',
  '英語の翻訳を丁寧に承ります',
  '中国語↔日本語の翻訳・校正をします',
  'WordPressでホームページを制作します',
  'ｷｬｯﾁｺﾋﾟｰを考えます',
  'YouTube動画の編集・カット・テロップ入れ',
  'インスタグラム投稿用の画像をデザインします',
  'データ入力・リスト作成を正確に代行します',
  'Excelの関数・マクロで業務を効率化します',
  '似顔絵イラストを描きます(SNSアイコンにも)',
  'LINEスタンプのイラストを制作します',
  'ネットショップの商品説明文を書きます',
  'コンピューターの初期設定をサポートします',
  'サーバー移行・保守をお手伝いします',
  'バナー広告を1枚から作成します',
  'ウェブサイトの文章を校正・リライトします',
  'Ａｎｄｒｏｉｄアプリの不具合を調査します',
  'ヴァイオリン演奏の音源を録音します',
  'ナレーション・声の収録をします(女性)',
  '名刺・ショップカードをデザインします',
  'メールマガジンの原稿を作成します',
  '文字起こし(インタビュー・会議)を承ります',
  'ｶﾌｪのﾒﾆｭｰ表をおしゃれに作ります',
  'ランディングページのデザインをします',
  '占い・タロットで恋愛のお悩みを鑑定します',
  'AIを使った業務の自動化を相談にのります',
  'Pythonでスクレイピングツールを作ります',
  '経理・記帳を代行します(freee対応)',
  '写真のレタッチ・背景切り抜きをします',
];
const DETAILS = [
  '修正は納得いただけるまで対応します。',
  'ご希望をヒアリングしてから制作に入ります。',
  '初めての方も安心してご相談ください。',
  '急ぎの案件にも対応可能です。',
  '実績多数。商用利用OKです。',
  'ご購入前にメッセージでご相談ください。',
];
const CATEGORIES = [
  'design-logo',
  'writing-seo',
  'translation-en-ja',
  'translation-zh-ja',
  'dev-wordpress',
  'writing-copy',
  'design-banner',
  'design-illustration',
  'dev-automation',
  'design-web',
];
const STATUSES: ServiceStatus[] = ['published', 'published', 'published', 'paused', 'draft', 'hidden'];

let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

async function seller(username: string, status: 'active' | 'withdrawn') {
  return (
    await database.db
      .insertInto('users')
      .values({ username, email: `${username}@example.jp`, display_name: username, status })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  const active = await seller('service_seller', 'active');
  const gone = await seller('service_gone', 'withdrawn');
  const base = Date.parse('2026-04-01T00:00:00Z');
  for (let i = 0; i < 300; i++) {
    const title = pick(TITLES);
    const description = `${title}。${pick(DETAILS)}${pick(DETAILS)}${pick(TITLES)}も合わせてどうぞ。`;
    const category = pick(CATEGORIES);
    const tags = [
      pick(['ロゴ', '名刺', '翻訳', 'ＳＥＯ', 'ｲﾗｽﾄ', 'かわいい', '急ぎ']),
      pick(['商用OK', '修正無料', '初心者歓迎']),
    ];
    const packages = [
      { name: 'ベーシック', includes: pick(['PNGデータ', '原稿1本', 'ロゴ案2点']) },
      { name: 'プレミアム', includes: pick(['AIデータ付き', '3本セット', '修正無制限']) },
    ];
    const options = [{ title: pick(['特急納品', '商用利用', '著作権譲渡']) }];
    const text = serviceSearchText({ title, description, category, tags, packages, options });
    const status = pick(STATUSES);
    const sellerId = i % 25 === 24 ? gone : active;
    const price = 500 * (1 + Math.floor(random() * 60));
    const days = 1 + Math.floor(random() * 20);
    const rating = random() < 0.3 ? null : Math.round((1 + random() * 4) * 100) / 100;
    const orders = Math.floor(random() * 50);
    const published = new Date(base - i * 60_000);
    const row = await database.db
      .insertInto('services')
      .values({
        seller_id: sellerId,
        status,
        hidden_reason: status === 'hidden' ? 'seller' : null,
        title,
        category,
        tags,
        description,
        price_from: price,
        delivery_days_from: days,
        rating_average: rating,
        rating_count: rating === null ? 0 : 3,
        orders_completed: orders,
        search_text: text,
        search_tokens: documentTokens(text),
        published_at: status === 'draft' ? null : published,
        created_at: published,
        updated_at: published,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if ((status === 'published' || status === 'paused') && sellerId === active)
      corpus.push({ id: row.id, text, category, price, days, rating, orders, published });
  }
});
afterAll(async () => {
  await database?.close();
});

async function ids(query: Record<string, unknown>): Promise<string[]> {
  const parsed = ServiceSearchQuery.parse(query);
  const all: string[] = [];
  for (let page = 1; page <= 50; page++) {
    const { items } = await searchServices(database.db, { ...parsed, page });
    all.push(...items.map((s) => s.id));
    if (items.length < PAGE_SIZE) break;
  }
  return all;
}

describe('service keyword search against a substring oracle', () => {
  const queries = [
    'ロゴ',
    '訳',
    '翻訳',
    '英語 翻訳',
    '絵',
    '名刺',
    'seo',
    'ＳＥＯ',
    'wordpress',
    'ai',
    'ＡＩ',
    'android',
    'ｱﾝﾄﾞﾛｲﾄﾞ',
    'イラスト',
    'いらすと',
    'ｲﾗｽﾄ',
    'かふぇ',
    'カフェ',
    'メニュー',
    'めにゅー',
    'コンピュータ',
    'コンピューター',
    'サーバ',
    'さーばー',
    'バイオリン',
    'ゔぁいおりん',
    'キャッチコピー',
    '文字起こし',
    '文字',
    '動画 編集',
    'デザイン',
    'Webデザイン',
    'ライティング',
    '開発',
    '特急',
    '商用',
    '修正無料',
    '初心者歓迎',
    '存在しない語',
    'ー',
    'a.b*c(d)',
  ];
  it.each(queries)('%s', async (q) => {
    const { terms } = parseKeywords(q);
    const expected = corpus.filter((d) => terms.every((t) => matchesTerm(d.text, t))).map((d) => d.id);
    const got = await ids({ q });
    expect(new Set(got)).toEqual(new Set(expected));
    expect(got).toHaveLength(expected.length);
  });

  it('the corpus is normalised like the queries, and some queries find many', async () => {
    for (const d of corpus.slice(0, 20)) expect(d.text).toBe(normaliseForSearch(d.text));
    expect((await ids({ q: 'デザイン' })).length).toBeGreaterThan(20);
  });
});

describe('filters and sorts', () => {
  it('finds only public services of active sellers', async () => {
    expect(new Set(await ids({}))).toEqual(new Set(corpus.map((d) => d.id)));
  });

  it('follows the seller’s status as it changes (the database keeps it on each service)', async () => {
    const setStatus = (status: 'active' | 'suspended' | 'withdrawing') =>
      database.db.updateTable('users').set({ status }).where('username', '=', 'service_seller').execute();
    for (const away of ['suspended', 'withdrawing'] as const) {
      await setStatus(away);
      expect(await ids({})).toEqual([]);
      await setStatus('active');
      expect(new Set(await ids({}))).toEqual(new Set(corpus.map((d) => d.id)));
    }
  });

  it('filters by category (a leaf or its parent), price, days and rating', async () => {
    const check = async (query: Record<string, unknown>, keep: (d: Doc) => boolean) =>
      expect(new Set(await ids(query))).toEqual(new Set(corpus.filter(keep).map((d) => d.id)));
    await check({ category: 'design-logo' }, (d) => d.category === 'design-logo');
    await check({ category: 'design' }, (d) => d.category.startsWith('design-'));
    await check({ category: 'translation', q: '翻訳' }, (d) => d.category.startsWith('translation-') && d.text.includes('翻訳'));
    await check({ minPrice: '5000', maxPrice: '10000' }, (d) => d.price >= 5000 && d.price <= 10000);
    await check({ maxDays: '3' }, (d) => d.days <= 3);
    await check({ minRating: '4' }, (d) => d.rating !== null && d.rating >= 4);
  });

  it('sorts by new, price, rating and popularity', async () => {
    const order = async (sort: string) => {
      const got = await ids({ sort });
      return got.map((id) => corpus.find((d) => d.id === id) as Doc);
    };
    const isSorted = (xs: number[]) => xs.every((x, i) => i === 0 || (xs[i - 1] as number) >= x);
    expect(isSorted((await order('new')).map((d) => d.published.getTime()))).toBe(true);
    expect(isSorted((await order('price')).map((d) => -d.price))).toBe(true);
    expect(isSorted((await order('popular')).map((d) => d.orders))).toBe(true);
    const byRating = (await order('rating')).map((d) => d.rating ?? -1);
    expect(isSorted(byRating)).toBe(true);
  });

  it('refuses bad filters with field errors', () => {
    expect(ServiceSearchQuery.safeParse({ sort: 'cheap' }).success).toBe(false);
    expect(ServiceSearchQuery.safeParse({ minPrice: '-1' }).success).toBe(false);
    expect(ServiceSearchQuery.safeParse({ minRating: '6' }).success).toBe(false);
  });
});
