// Search against an oracle: on a generated corpus, every query's results must equal a
// plain match over the same normalised text (a substring, or the term's pattern where a
// katakana word's long vowel is optional) — 0 false negatives and 0 false positives — for
// 1- and 2-character Japanese words, ASCII, full-width and half-width input, kana written
// either way and several terms at once. Then postings written one way found by queries
// written another, the filters, sorts and the capped count.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { JOB_TAGS } from '../../../domain/jobs/categories';
import { documentTokens, matchesTerm, normaliseForSearch, parseKeywords, postingSearchText } from '../../../domain/jobs/search';
import { JobSearchQuery } from '../../../shared/api/jobs';
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
  'カフェ',
  'かふぇ',
  'サーバー',
  'サーバ',
  'コンピュータ',
  'コンピューター',
  'メールアドレス',
  'ﾃﾞｰﾀ',
  'ヴァイオリン',
  'ウィンドウズ',
  'ｷｬﾝﾍﾟｰﾝ',
  'レヴュー',
  'ユーザ－',
];
const CATEGORIES = [
  'writing-article',
  'writing-copy',
  'data-research',
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
    const text = postingSearchText({ title, description, category, tags });
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
    // Category names, top level and below.
    'ライティング',
    'データ入力',
    'リサーチ',
    '事務・アシスタント',
    'ｷｬｯﾁｺﾋﾟｰ',
    // Kana written either way, long vowels, ヴ, small kana, half-width.
    'かふぇ',
    'カフェ',
    'ｶﾌｪ',
    'さーばー',
    'サーバ',
    'サーバー',
    'サーバ－',
    'ｻｰﾊﾞｰ',
    'サーバー管理',
    'コンピュータ',
    'コンピューター',
    'めーる',
    'データー',
    'でーた',
    'バイオリン',
    'ゔぁいおりん',
    'ウインドウズ',
    'キャンペーン',
    'きゃんぺーん',
    'レビュー',
    'ユーザー',
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

  it('the corpus is normalised like the queries', () => {
    for (const d of corpus.slice(0, 20)) expect(d.text).toBe(normaliseForSearch(d.text));
  });
});

describe('postings written one way, queries written another', () => {
  const written: Record<string, string> = {
    cafe: 'カフェのメニュー翻訳',
    server: 'サーバー管理の手伝い',
    serverShort: 'サーバ保守(Linux)',
    computer: 'コンピュータ。初心者向け',
    computerSystem: 'コンピュータシステムの入力',
    violin: 'バイオリン教室のチラシ',
    windows: 'ウィンドウズの設定',
    dataEntry: 'データー入力の仕事',
    mailAddress: 'メールアドレスの整理',
    member: 'メンバー募集',
    memberShip: 'メンバシップ規約の校正',
  };
  const jobIds: Record<string, string> = {};
  beforeAll(async () => {
    const published = new Date('2026-03-01T00:00:00Z');
    for (const [key, title] of Object.entries(written)) {
      const text = postingSearchText({ title, description: '詳細は応募後に。', category: 'office-assistant', tags: [] });
      const row = await database.db
        .insertInto('jobs')
        .values({
          client_id: clientId,
          kind: 'competition',
          status: 'open',
          title,
          description: '詳細は応募後に。',
          category: 'office-assistant',
          deadline: new Date('2026-05-01T00:00:00Z'),
          prize: 5000,
          budget_sort: 5000,
          search_text: text,
          search_tokens: documentTokens(text),
          published_at: published,
          created_at: published,
          updated_at: published,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      jobIds[key] = row.id;
      corpus.push({
        id: row.id,
        text,
        kind: 'competition',
        category: 'office-assistant',
        tags: [],
        budget: 5000,
        deadline: new Date('2026-05-01T00:00:00Z'),
        published,
      });
    }
  });

  it.each([
    ['かふぇ', ['cafe'], []],
    ['ｶﾌｪ めにゅー', ['cafe'], []],
    ['サーバ', ['server', 'serverShort'], []],
    ['さーばー', ['server', 'serverShort'], []],
    ['サーバ管理', ['server'], ['serverShort']],
    ['ｻｰﾊﾞｰ保守', ['serverShort'], ['server']],
    ['コンピューター', ['computer'], ['computerSystem']],
    ['コンピュータ', ['computer', 'computerSystem'], []],
    ['ヴァイオリン', ['violin'], []],
    ['ゔぁいおりん ちらし', ['violin'], []],
    ['ウインドウズ', ['windows'], []],
    ['ｳｨﾝﾄﾞｳｽﾞ', ['windows'], []],
    ['データ入力', ['dataEntry'], []],
    ['データ－入力', ['dataEntry'], []],
    ['メール', ['mailAddress'], []],
    ['メンバー', ['member'], ['memberShip']],
    ['アシスタント', Object.keys(written), []],
    ['事務', Object.keys(written), []],
  ])('%s', async (q, found, notFound) => {
    const got = new Set(await ids({ q }));
    for (const key of found) expect(got, `${q} finds ${written[key]}`).toContain(jobIds[key]);
    for (const key of notFound) expect(got, `${q} does not find ${written[key]}`).not.toContain(jobIds[key]);
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
