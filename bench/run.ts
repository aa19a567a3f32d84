// `npm run bench`: benchmarks on the machine's PostgreSQL, each printed as a ratio to a
// baseline measured in the same run (a bare Fastify + pg primary-key endpoint), so the
// figures compare across machines. Targets are checked here, never in timed tests.
//
//   BENCH_DATABASE_URL  database to use (created if missing)   default postgres://postgres@127.0.0.1:5432/yorozu_bench
//   BENCH_MONEY_DATABASE_URL  the money path's and TPC-B's     default the same name with _money
//   BENCH_USERS         members to generate                    default 100000
//   BENCH_JOBS          job postings to generate               default 200000
//   BENCH_APPLICATIONS  applications to generate               default 1000000
//   BENCH_SERVICES      skill services to generate             default 100000
//   BENCH_SECONDS       seconds per measurement                default 5
//   BENCH_MONEY_WORKERS concurrent money paths (and TPC-B clients) default 16
//   BENCH_MONEY_WARMUP  seconds the money path runs before it is measured  default 5
//   BENCH_MONEY_ROUNDS  alternating TPC-B / money path rounds  default 4
import { type ChildProcess, spawn } from 'node:child_process';
import { sql } from 'kysely';
import pg from 'pg';
import { migrate, openDatabase } from '../src/server/db/database';
import { createSession } from '../src/server/db/repositories/sessions';
import { hashPassword } from '../src/server/security/passwords';
import { generateServices } from './generate-services';
import { generateWork } from './generate-work';
import { type LoadResult, load } from './load';
import { moneyBenchmark, printMoney } from './money';

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/yorozu_bench';
const USERS = Number(process.env.BENCH_USERS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const JOBS = Number(process.env.BENCH_JOBS ?? 200_000);
const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS ?? 1_000_000);
const SERVICES = Number(process.env.BENCH_SERVICES ?? 100_000);

/**
 * The money path and its TPC-B run in a database of their own: every money round leaves
 * thousands of open postings, hires and ledger rows behind, which would otherwise swell
 * the marketplace the HTTP benchmarks search (and slow them more with each run).
 */
const moneyUrl =
  process.env.BENCH_MONEY_DATABASE_URL ??
  (() => {
    const u = new URL(url);
    u.pathname = `${u.pathname}_money`;
    return u.toString();
  })();

async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
  if (!rowCount) await client.query(`create database ${pg.escapeIdentifier(name)}`);
  await client.end();
}

function progress(label: string, done: number, total: number): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stdout.write(
    `\r  ${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString()}/${total.toLocaleString()}`,
  );
  if (done >= total) process.stdout.write('\n');
}

async function generate(): Promise<string> {
  const database = await openDatabase({ url, poolSize: 4 });
  await migrate(database.db);
  const db = database.db;
  const existing = Number(
    (await sql<{ n: string }>`select count(*) as n from users where username like 'bench\\_%'`.execute(db)).rows[0]?.n ?? 0,
  );
  const hash = await hashPassword('bench passphrase 2026');
  const batch = 10_000;
  for (let from = existing; from < USERS; from += batch) {
    const to = Math.min(USERS, from + batch) - 1;
    await sql`
      insert into users (username, email, password_hash, display_name, email_verified_at)
      select 'bench_' || n, 'bench' || n || '@example.jp', ${hash}, 'ベンチ 会員' || n, now()
      from generate_series(${from}::int, ${to}::int) as n`.execute(db);
    await sql`
      insert into profiles (user_id, bio, skills, occupation, prefecture)
      select id, '在宅で働いています。', array['ライティング'], 'homemaker', '13' from users
      where username like 'bench\\_%' and id not in (select user_id from profiles)`.execute(db);
    progress('members', to + 1, USERS);
  }
  if (existing >= USERS) progress('members', USERS, USERS);
  await generateWork(db, { jobs: JOBS, applications: APPLICATIONS, progress });
  await generateServices(db, { services: SERVICES, progress });
  const user = await db.selectFrom('users').select('id').where('username', '=', 'bench_1').executeTakeFirstOrThrow();
  const session = await createSession(db, { userId: user.id, userAgent: 'bench', ip: '127.0.0.1', now: new Date(), ttlDays: 1 });
  await database.close();
  return session.token;
}

async function startServer(
  kind: 'baseline' | 'app',
  env: Record<string, string> = {},
): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/servers.ts', kind, url], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    env: { ...process.env, ...env },
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const m = /listening (\d+)/.exec(String(chunk));
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
  return { port, child };
}

async function measure(
  kind: 'baseline' | 'app',
  path: (port: number) => string | string[],
  headers: Record<string, string>,
  env: Record<string, string> = {},
) {
  const { port, child } = await startServer(kind, env);
  try {
    const target = path(port);
    await load({ url: target, seconds: 1, concurrency: 10, headers }); // warm-up
    const latency = await load({ url: target, seconds: SECONDS, concurrency: 1, headers });
    const throughput = await load({ url: target, seconds: SECONDS, concurrency: 50, headers });
    return { latency, throughput };
  } finally {
    child.kill('SIGTERM');
  }
}

const fmt = (r: LoadResult) =>
  `${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms  errors ${r.errors}`;

async function main() {
  // `npm run bench -- money` runs only the money path against TPC-B.
  if (process.argv.includes('money')) {
    await ensureDatabase(moneyUrl);
    if (!printMoney(await moneyBenchmark(moneyUrl, SECONDS))) process.exitCode = 1;
    return;
  }
  console.log(
    `Yorozu benchmarks — PostgreSQL ${new URL(url).host}${new URL(url).pathname}, ${USERS.toLocaleString()} members, ${SECONDS}s per measurement`,
  );
  await ensureDatabase(url);
  const token = await generate();
  const someUser = await (async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query("select id from users where username = 'bench_2'");
    await c.end();
    return rows[0].id as string;
  })();

  const jobIds = await (async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query("select id from jobs where status = 'open' order by random() limit 200");
    await c.end();
    return rows.map((r) => r.id as string);
  })();

  const baseline = await measure('baseline', (p) => `http://127.0.0.1:${p}/users/${someUser}`, {});
  const cookie = { cookie: `__Host-yorozu_session=${token}` };
  const precheck = await measure('app', (p) => `http://127.0.0.1:${p}/api/v1/me/withdrawal`, cookie);
  // 120 distinct searches: 20 keywords (one, two and more characters, ASCII, rare and
  // common) × 3 sort orders × 2 pages, plus category/tag browsing — each taken in turn.
  const keywords = [
    '訳',
    '翻訳',
    '英語',
    'ロゴ',
    '記事',
    'WordPress',
    'SEO',
    'LP',
    '動画',
    '編集',
    'データ',
    '入力',
    '在宅',
    '主婦',
    '急募',
    'アプリ',
    '名刺',
    'レシピ',
    '求人',
    '狛犬',
  ];
  const searches = [
    ...keywords.flatMap((k) =>
      ['new', 'budget', 'deadline'].flatMap((sort) =>
        [1, 2].map((page) => `q=${encodeURIComponent(k)}&sort=${sort}&page=${page}`),
      ),
    ),
    'category=writing&tags=beginner',
    'category=design',
    'kind=project&budgetMin=100000',
    'sort=deadline',
  ];
  const uncached = { PUBLIC_CACHE_SECONDS: '0' };
  const searchCold = await measure('app', (p) => searches.map((q) => `http://127.0.0.1:${p}/api/v1/jobs?${q}`), {}, uncached);
  const search = await measure('app', (p) => searches.map((q) => `http://127.0.0.1:${p}/api/v1/jobs?${q}`), {});
  // The same keywords against services, with the service sorts, and category browsing.
  const serviceSearches = [
    ...keywords.flatMap((k) =>
      ['new', 'price', 'rating'].flatMap((sort) => [1, 2].map((page) => `q=${encodeURIComponent(k)}&sort=${sort}&page=${page}`)),
    ),
    'category=design',
    'category=writing-seo&sort=popular',
    'minPrice=5000&maxPrice=20000&maxDays=7',
    'minRating=4&sort=rating',
  ];
  const serviceUrls = (p: number) => serviceSearches.map((q) => `http://127.0.0.1:${p}/api/v1/services?${q}`);
  const serviceSearchCold = await measure('app', serviceUrls, {}, uncached);
  const serviceSearch = await measure('app', serviceUrls, {});
  const detailCold = await measure('app', (p) => jobIds.map((id) => `http://127.0.0.1:${p}/api/v1/jobs/${id}`), {}, uncached);
  const detail = await measure('app', (p) => jobIds.map((id) => `http://127.0.0.1:${p}/api/v1/jobs/${id}`), {});

  console.log('\nbaseline: bare Fastify + pg, primary-key SELECT');
  console.log(`  1 connection   ${fmt(baseline.latency)}`);
  console.log(`  50 connections ${fmt(baseline.throughput)}`);
  const rows: [string, typeof precheck, number | null][] = [
    ['withdrawal pre-check  GET /api/v1/me/withdrawal (session + every blocker provider)', precheck, null],
    [
      `job search uncached  GET /api/v1/jobs (${searches.length} distinct searches in turn; ${JOBS.toLocaleString()} postings)`,
      searchCold,
      null,
    ],
    ['job search  the same, as deployed (PUBLIC_CACHE_SECONDS=5)', search, 0.25],
    [
      `service search uncached  GET /api/v1/services (${serviceSearches.length} distinct searches in turn; ${SERVICES.toLocaleString()} services)`,
      serviceSearchCold,
      null,
    ],
    ['service search  the same, as deployed (PUBLIC_CACHE_SECONDS=5)', serviceSearch, 0.25],
    ['job detail uncached  GET /api/v1/jobs/:id (200 random open postings)', detailCold, null],
    ['job detail  the same, as deployed (PUBLIC_CACHE_SECONDS=5)', detail, 0.5],
  ];
  let failed = false;
  for (const [label, r] of rows) {
    console.log(`\n${label}`);
    console.log(`  1 connection   ${fmt(r.latency)}`);
    console.log(`  50 connections ${fmt(r.throughput)}`);
    if (r.latency.errors + r.throughput.errors > 0) failed = true;
  }
  console.log('\nratios to the baseline (50 connections)');
  for (const [label, r, target] of rows) {
    const ratio = r.throughput.rps / baseline.throughput.rps;
    const verdict =
      target === null ? '' : ratio >= target ? ` (target ≥ ${target * 100}%) OK` : ` (target ≥ ${target * 100}%) MISSED`;
    console.log(`  ${label.split('  ')[0]?.padEnd(22)} ${(ratio * 100).toFixed(0).padStart(4)}%${verdict}`);
  }
  // Service search must be at least as fast as job search, uncached and as deployed.
  for (const [what, services, jobs] of [
    ['uncached', serviceSearchCold, searchCold],
    ['as deployed', serviceSearch, search],
  ] as const) {
    const ratio = services.throughput.rps / jobs.throughput.rps;
    console.log(
      `  service search / job search (${what}): ${(ratio * 100).toFixed(0)}% (target ≥ 100%) ${ratio >= 1 ? 'OK' : 'MISSED'}`,
    );
  }
  const p99 = precheck.latency.p99;
  console.log(`  pre-check p99 at 1 connection: ${p99.toFixed(2)} ms (target < 5 ms) ${p99 < 5 ? 'OK' : 'MISSED'}`);
  await ensureDatabase(moneyUrl);
  if (!printMoney(await moneyBenchmark(moneyUrl, SECONDS))) failed = true;
  if (failed) {
    console.log('  errors during a run: the figures are not valid');
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
