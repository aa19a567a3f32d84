// Search against an oracle: on a generated corpus, every query's results must equal a
// plain substring search over the same normalised text — 0 false negatives and 0 false
// positives — for 1- and 2-character Japanese words, ASCII, full-width input and
// several terms at once. Then the filters, sorts and the capped count.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { categoryLabel, JOB_TAGS, type JobTag } from '../../domain/jobs/categories';
import { documentTokens, normaliseForSearch, parseKeywords, postingSearchText } from '../../domain/jobs/search';
import { JobSearchQuery } from '../../shared/api/jobs';
import { COUNT_CAP, searchJobs } from './search-jobs';

let database: TestDatabase;
let clientId: string;
const corpus: {
  id: string;
  text: string;
  kind: string;
  category: string;
  tags: string[];
  budget: number;
  deadline: Date;
  published: Date;
}[] = [];

const WORDS = [
  '翻訳',
  '訳',
  '英語',
  'ライティング',
  '記事',
  'Web',
  'ウェブ',
  'デザイン',
  'ロゴ',
  '動画',
  '編集',
  'データ入力',
  '在宅',
  '主婦',
  '初心者',
  'SEO',
  'WordPress',
  'アプリ',
  '開発',
  '文字起こし',
  '経理',
  '事務',
  'ＡＩ',
  '画像',
  '作成',
  '募集',
  '急ぎ',
  '長期',
  'ｶﾀｶﾅ',
  '中国語',
];
const CATEGORIES = [
  'writing-article',
  'writing-seo',
  'design-logo',
  'dev-web',
  'translation-en-ja',
  'data-entry',
  'video-edit',
  'office-accounting',
];
const KINDS = ['project', 'task', 'competition'] as const;

let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

beforeAll(async () => {
  database = await createTestDatabase();
  const user = await database.db
    .insertInto('users')
    .values({ username: 'search_client', email: 'sc@example.jp', display_name: '検索テスト' })
    .returning('id')
    .executeTakeFirstOrThrow();
  clientId = user.id;
  const base = Date.parse('2026-04-01T00:00:00Z');
  for (let i = 0; i < 300; i++) {
    const words = Array.from({ length: 3 + Math.floor(random() * 6) }, () => pick(WORDS));
    const title = words.slice(0, 3).join('');
    const description = `${words.join(' ')}のお仕事です。${pick(['よろしくお願いします。', '経験者優遇。', '丁寧な方を募集。'])}`;
    const category = pick(CATEGORIES);
    const tags = [...new Set([pick(Object.keys(JOB_TAGS)), pick(Object.keys(JOB_TAGS))])];
    const kind = pick(KINDS);
    const budget = 1000 * (1 + Math.floor(random() * 100));
    const text = postingSearchText({
      title,
      description,
      categoryLabel: categoryLabel(category, 'ja') ?? '',
      tagLabels: tags.map((t) => JOB_TAGS[t as JobTag].ja),
    });
    const deadline = new Date(base + (1 + Math.floor(random() * 30)) * 86_400_000);
    const published = new Date(base - i * 60_000);
    const row = await database.db
      .insertInto('jobs')
      .values({
        client_id: clientId,
        kind,
        status: i % 10 === 9 ? 'closed' : 'open',
        title,
        description,
        category,
        tags,
        deadline,
        budget_min: kind === 'project' ? budget : null,
        budget_max: kind === 'project' ? budget * 2 : null,
        hires: kind === 'project' ? 1 : null,
        task_slots: kind === 'task' ? 10 : null,
        task_unit_price: kind === 'task' ? budget / 10 : null,
        prize: kind === 'competition' ? budget : null,
        budget_sort: kind === 'project' ? budget * 2 : budget,
        search_text: text,
        search_tokens: documentTokens(text),
        published_at: published,
        created_at: published,
        updated_at: published,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (i % 10 !== 9)
      corpus.push({
        id: row.id,
        text,
        kind,
        category,
        tags,
        budget: kind === 'project' ? budget * 2 : budget,
        deadline,
        published,
      });
  }
});
afterAll(async () => {
  await database?.close();
});

async function ids(query: Record<string, unknown>): Promise<string[]> {
  const parsed = JobSearchQuery.parse({ perPage: 50, ...query });
  const all: string[] = [];
  for (let page = 1; page <= 20; page++) {
    const { items } = await searchJobs(database.db, { ...parsed, page });
    all.push(...items.map((j) => j.id));
    if (items.length < parsed.perPage) break;
  }
  return all;
}

describe('keyword search against a substring oracle', () => {
  const queries = [
    '訳',
    '翻訳',
    '英語 翻訳',
    'web',
    'ＷＥＢ',
    'Web',
    'デザイン',
    'ロゴ作成',
    'seo',
    'wordpress',
    'ai',
    'ＡＩ',
    'カタカナ',
    'ｶﾀｶﾅ',
    '在宅 主婦 初心者',
    '中国語',
    'データ',
    '文字',
    '経',
    'お仕事',
    '存在しない語',
    '初心者歓迎',
    'スキマ時間',
    '記事作成 急ぎ',
  ];
  it.each(queries)('%s', async (q) => {
    const { terms } = parseKeywords(q);
    const expected = corpus.filter((d) => terms.every((t) => d.text.includes(t))).map((d) => d.id);
    const got = await ids({ q });
    expect(new Set(got)).toEqual(new Set(expected));
    expect(got).toHaveLength(expected.length);
  });

  it('the corpus is normalised like the queries', () => {
    for (const d of corpus.slice(0, 20)) expect(d.text).toBe(normaliseForSearch(d.text));
  });
});

describe('filters and sorting', () => {
  it('filters by kind, category (child or parent), budget, tags and deadline', async () => {
    const check = async (query: Record<string, unknown>, predicate: (d: (typeof corpus)[number]) => boolean) => {
      expect(new Set(await ids(query))).toEqual(new Set(corpus.filter(predicate).map((d) => d.id)));
    };
    await check({ kind: 'task' }, (d) => d.kind === 'task');
    await check({ category: 'design-logo' }, (d) => d.category === 'design-logo');
    await check({ category: 'writing' }, (d) => d.category.startsWith('writing-'));
    await check({ budgetMin: 50000 }, (d) => d.budget >= 50000);
    await check({ tags: 'remote,beginner' }, (d) => d.tags.includes('remote') && d.tags.includes('beginner'));
    await check({ deadlineBefore: '2026-04-10' }, (d) => d.deadline.getTime() <= Date.parse('2026-04-10T23:59:59.999+09:00'));
    await check({ q: '翻訳', kind: 'project' }, (d) => d.kind === 'project' && d.text.includes('翻訳'));
  });

  it('sorts by new, budget and deadline', async () => {
    const byId = new Map(corpus.map((d) => [d.id, d]));
    const news = (await ids({ sort: 'new' })).map((id) => byId.get(id)?.published.getTime() ?? 0);
    expect(news).toEqual([...news].sort((a, b) => b - a));
    const budgets = (await ids({ sort: 'budget' })).map((id) => byId.get(id)?.budget ?? 0);
    expect(budgets).toEqual([...budgets].sort((a, b) => b - a));
    const deadlines = (await ids({ sort: 'deadline' })).map((id) => byId.get(id)?.deadline.getTime() ?? 0);
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
  });

  it('counts exactly below the cap and says "at least" above it', async () => {
    const exact = await searchJobs(database.db, JobSearchQuery.parse({ q: '翻訳' }));
    expect(exact.totalCapped).toBe(false);
    expect(exact.total).toBe(corpus.filter((d) => d.text.includes('翻訳')).length);
    await sql`
      insert into jobs (client_id, kind, status, title, description, category, deadline, prize, budget_sort, search_text, search_tokens, published_at, created_at, updated_at)
      select ${clientId}, 'competition', 'open', 'ロゴ募集 ' || n, '説明', 'design-logo', now() + interval '3 days', 5000, 5000, 'ロゴ募集', ${sql.val(documentTokens('ロゴ募集'))}::text[], now(), now(), now()
      from generate_series(1, ${COUNT_CAP + 5}) n`.execute(database.db);
    const capped = await searchJobs(database.db, JobSearchQuery.parse({ q: 'ロゴ募集' }));
    expect(capped).toMatchObject({ total: COUNT_CAP, totalCapped: true });
    expect(capped.items).toHaveLength(20);
  });
});
