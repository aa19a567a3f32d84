// Generates the work side of a large marketplace on PostgreSQL for the benchmarks:
// job postings (default 200,000) and applications (default 1,000,000), in bulk SQL from a
// pool of realistic Japanese postings tokenised by the same code as production.
import { sql } from 'kysely';
import { JOB_TAGS, type JobTag } from '../src/domain/jobs/categories';
import { documentTokens, postingSearchText } from '../src/domain/jobs/search';
import type { Db } from '../src/server/db/database';

const SUBJECTS = [
  'ブログ記事',
  '商品説明文',
  'ロゴ',
  'バナー',
  'Webサイト',
  'アプリ',
  '動画',
  'イラスト',
  '英語翻訳',
  '中国語翻訳',
  'データ入力',
  '文字起こし',
  'アンケート',
  '請求書入力',
  'LP',
  'WordPress',
  'SNS投稿',
  '名刺デザイン',
  'レシピ記事',
  '求人原稿',
];
const VERBS = ['の作成', 'の制作', 'の改修', 'の翻訳', 'の編集', 'の入力作業', 'のリサーチ', 'の校正'];
const EXTRAS = ['(初心者歓迎)', '(継続案件)', '(急募)', '(在宅・スキマ時間)', '(主婦の方歓迎)', '', '', ''];
const CATEGORIES = [
  'writing-article',
  'writing-seo',
  'design-logo',
  'design-banner',
  'dev-web',
  'dev-app',
  'translation-en-ja',
  'data-entry',
  'data-transcription',
  'video-edit',
  'office-accounting',
];
const TAGS = Object.keys(JOB_TAGS) as JobTag[];

function pool(size: number) {
  let seed = 7;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  return Array.from({ length: size }, (_, i) => {
    const title = `${pick(SUBJECTS)}${pick(VERBS)}${pick(EXTRAS)} No.${i}`;
    const description = `${pick(SUBJECTS)}${pick(VERBS)}をお願いします。${pick(SUBJECTS)}の経験がある方を歓迎します。納期はご相談ください。`;
    const category = pick(CATEGORIES);
    const tags = [...new Set([pick(TAGS), pick(TAGS)])];
    const text = postingSearchText({
      title,
      description,
      category,
      tags,
    });
    return {
      i,
      title,
      description,
      category,
      tags,
      text,
      tokens: documentTokens(text),
      budget: 1000 * (5 + Math.floor(rnd() * 300)),
    };
  });
}

export async function generateWork(
  db: Db,
  options: { jobs: number; applications: number; progress: (label: string, done: number, total: number) => void },
) {
  const existing = Number(
    (await sql<{ n: string }>`select count(*) as n from jobs where title like '%No.%'`.execute(db)).rows[0]?.n ?? 0,
  );
  if (existing < options.jobs) {
    const size = 2000;
    await sql`drop table if exists bench_pool`.execute(db);
    await sql`create unlogged table bench_pool (i int primary key, title text, description text, category text, tags text[], search_text text, search_tokens text[], budget int)`.execute(
      db,
    );
    for (const p of pool(size)) {
      await sql`insert into bench_pool values (${p.i}, ${p.title}, ${p.description}, ${p.category}, ${sql.val(p.tags)}::text[], ${p.text}, ${sql.val(p.tokens)}::text[], ${p.budget})`.execute(
        db,
      );
    }
    await sql`drop table if exists bench_clients`.execute(db);
    await sql`create unlogged table bench_clients as select id, row_number() over (order by username) as rn from users where username like 'bench\\_%' limit 20000`.execute(
      db,
    );
    const clients = Number((await sql<{ n: string }>`select count(*) as n from bench_clients`.execute(db)).rows[0]?.n ?? 1);
    const batch = 20_000;
    for (let from = existing; from < options.jobs; from += batch) {
      const to = Math.min(options.jobs, from + batch) - 1;
      await sql`
        insert into jobs (client_id, kind, status, title, description, category, tags, deadline, budget_min, budget_max, hires,
                          budget_sort, search_text, search_tokens, published_at, created_at, updated_at)
        select c.id, 'project', case when n % 10 = 0 then 'closed' else 'open' end, p.title, p.description, p.category, p.tags,
               now() + ((n % 50) + 1) * interval '1 day', p.budget, p.budget * 2, 1, p.budget * 2, p.search_text, p.search_tokens,
               now() - n * interval '1 second', now(), now()
        from generate_series(${from}::int, ${to}::int) n
        join bench_pool p on p.i = n % ${size}
        join bench_clients c on c.rn = (n % ${clients}) + 1`.execute(db);
      options.progress('jobs', to + 1, options.jobs);
    }
  } else options.progress('jobs', options.jobs, options.jobs);

  const existingApps = Number((await sql<{ n: string }>`select count(*) as n from applications`.execute(db)).rows[0]?.n ?? 0);
  if (existingApps < options.applications) {
    await sql`drop table if exists bench_jobs`.execute(db);
    await sql`create unlogged table bench_jobs as select id, deadline, row_number() over (order by id) as rn from jobs`.execute(
      db,
    );
    await sql`drop table if exists bench_workers`.execute(db);
    await sql`create unlogged table bench_workers as select id, row_number() over (order by username desc) as rn from users where username like 'bench\\_%'`.execute(
      db,
    );
    const jobs = Number((await sql<{ n: string }>`select count(*) as n from bench_jobs`.execute(db)).rows[0]?.n ?? 1);
    const batch = 50_000;
    for (let from = existingApps; from < options.applications; from += batch) {
      const to = Math.min(options.applications, from + batch) - 1;
      // Job n % jobs gets workers floor(n / jobs) + 1, + 2 …: every pair is distinct.
      await sql`
        insert into applications (job_id, worker_id, proposal, quoted_amount, delivery_days, expires_at, created_at, updated_at)
        select j.id, w.id, 'よろしくお願いします。経験があります。', 10000 + (n % 50) * 1000, 7 + n % 30, j.deadline + interval '14 days', now(), now()
        from generate_series(${from}::int, ${to}::int) n
        join bench_jobs j on j.rn = (n % ${jobs}) + 1
        join bench_workers w on w.rn = (n / ${jobs}) + 1
        on conflict do nothing`.execute(db);
      options.progress('applications', to + 1, options.applications);
    }
  } else options.progress('applications', options.applications, options.applications);
  await sql`analyze`.execute(db);
}
