// The money path benchmark: hire → fund (development card) → deliver → accept, each step
// one use case in its own database transaction, run by concurrent workers against the
// machine's PostgreSQL. Printed next to pgbench's TPC-B (the built-in script: three
// balance updates, one select, one history insert) on the same database in the same run,
// as transactions per second, with the target of ≥ 20% of it.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { loadConfig } from '../src/server/config';
import { migrate, openDatabase } from '../src/server/db/database';
import { checkLedger } from '../src/server/db/repositories/ledger';
import { createDeps } from '../src/server/deps';
import { decideApplication } from '../src/server/use-cases/applications/decide-application';
import { acceptMilestone } from '../src/server/use-cases/contracts/accept-milestone';
import { deliverMilestone } from '../src/server/use-cases/contracts/deliver-milestone';
import { fundMilestone } from '../src/server/use-cases/contracts/fund-milestone';

const run = promisify(execFile);
const WORKERS = Number(process.env.BENCH_MONEY_WORKERS ?? 16);
const ROUNDS = Number(process.env.BENCH_MONEY_ROUNDS ?? 4);
const WARMUP = Number(process.env.BENCH_MONEY_WARMUP ?? 5);
const CLIENTS = 16;

/** One round: pgbench's TPC-B and the money path, each for the same time. */
export interface MoneyRound {
  tpcb: number;
  transactionsPerSecond: number;
  paths: number;
  failures: number;
  seconds: number;
}

export interface MoneyResult {
  pathsPerSecond: number;
  transactionsPerSecond: number;
  /** TPC-B's mean over the rounds (each round runs as long as the money path's). */
  tpcb: number;
  paths: number;
  rounds: MoneyRound[];
  ledgerWhole: boolean;
}

/** pgbench TPC-B on the same database: initialise (scale 10) once, then run. */
async function tpcb(url: string, seconds: number): Promise<number> {
  const exists = await run('psql', [url, '-tAc', "select to_regclass('pgbench_accounts') is not null"]);
  if (exists.stdout.trim() !== 't') await run('pgbench', ['-i', '-s', '10', '-q', url]);
  const { stdout } = await run('pgbench', ['-n', '-c', String(WORKERS), '-T', String(seconds), url]);
  const m = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout);
  if (!m) throw new Error(`could not read pgbench output:\n${stdout}`);
  return Number(m[1]);
}

/** Members, open jobs and one pending application per job, ready to hire. */
async function prepare(db: Awaited<ReturnType<typeof openDatabase>>['db'], count: number) {
  await sql`
    insert into users (username, email, password_hash, display_name, email_verified_at)
    select 'benchm_' || n, 'benchm' || n || '@example.jp', 'x', 'ベンチ ' || n, now()
    from generate_series(1, ${CLIENTS * 2}) as n
    on conflict do nothing`.execute(db);
  const users = await db
    .selectFrom('users')
    .select(['id', 'username'])
    .where('username', 'like', 'benchm\\_%')
    .orderBy('username')
    .execute();
  const clients = users.slice(0, CLIENTS).map((u) => u.id);
  const workers = users.slice(CLIENTS).map((u) => u.id);
  const now = new Date();
  const deadline = new Date(now.getTime() + 30 * 86_400_000);
  const jobs = await sql<{ id: string; client_id: string }>`
    insert into jobs (client_id, kind, status, title, description, category, deadline, budget_min, budget_max, hires,
                      milestones_wished, published_at, created_at, updated_at)
    select (${sql.val(clients)}::uuid[])[1 + n % ${CLIENTS}], 'project', 'open', 'ベンチマーク用の仕事 ' || n,
           'ベンチマークのための仕事です。記事を1本お願いします。', 'writing-article', ${deadline}, 5000, 20000, 1, 1,
           ${now}, ${now}, ${now}
    from generate_series(1, ${count}) as n
    returning id, client_id`.execute(db);
  const applications = await sql<{ id: string; client_id: string; worker_id: string }>`
    insert into applications (job_id, worker_id, proposal, quoted_amount, delivery_days, expires_at, created_at, updated_at)
    select j.id, (${sql.val(workers)}::uuid[])[1 + (row_number() over ()) % ${workers.length}], 'よろしくお願いします',
           10000 + (row_number() over ()) % 500000, 7, ${deadline}, ${now}, ${now}
    from unnest(${sql.val(jobs.rows.map((j) => j.id))}::uuid[]) as j(id)
    returning id, worker_id, (select client_id from jobs where jobs.id = job_id) as client_id`.execute(db);
  return applications.rows;
}

/**
 * One app process: WORKERS concurrent money paths, first for WARMUP seconds unmeasured,
 * then for `seconds` measured; returns {paths, failures, seconds} of the measured part.
 * A server runs for days: the warm-up gives the measured part what a running one has,
 * its code compiled by V8 and each connection's prepared statements and their plans.
 * Between the two the database is vacuumed, as before TPC-B, so the measured part does
 * not run on the warm-up's dead rows.
 */
export async function moneyWorker(
  url: string,
  seconds: number,
  warmup = WARMUP,
): Promise<{ paths: number; failures: number; seconds: number }> {
  const database = await openDatabase({ url, poolSize: WORKERS + 2 });
  const config = loadConfig({
    NODE_ENV: 'development',
    DATABASE_URL: url,
    YOROZU_SECRET: 'bench-secret-bench-secret-bench-secret!',
    YOROZU_DATA_DIR: './data-bench',
    LOG_LEVEL: 'silent',
  });
  const deps = createDeps({ db: database.db, config });
  let queue = await prepare(database.db, 2_000);
  // One refill at a time: the workers that find the queue empty wait for the same one.
  let refill: Promise<void> | null = null;
  async function nextApplication() {
    while (queue.length === 0) {
      refill ??= prepare(database.db, 1_000).then((rows) => {
        queue = rows;
        refill = null;
      });
      await refill;
    }
    return queue.pop();
  }
  async function phase(length: number): Promise<{ paths: number; failures: number; seconds: number }> {
    let paths = 0;
    let failures = 0;
    const started = Date.now();
    const deadline = started + length * 1000;
    async function worker(): Promise<void> {
      while (Date.now() < deadline) {
        const next = await nextApplication();
        if (!next) return;
        try {
          const { contract } = await decideApplication(deps, { actorId: next.client_id, applicationId: next.id, action: 'hire' });
          if (!contract) throw new Error('the hire made no contract');
          const milestoneId = contract.milestoneId;
          await fundMilestone(deps, { actorId: next.client_id, milestoneId, method: 'dev_card' });
          await deliverMilestone(deps, { actorId: next.worker_id, milestoneId, message: '納品します', attachmentIds: [] });
          await acceptMilestone(deps, { actorId: next.client_id, milestoneId });
          paths++;
        } catch (error) {
          failures++;
          if (failures < 5) console.error(error);
        }
      }
    }
    await Promise.all(Array.from({ length: WORKERS }, worker));
    return { paths, failures, seconds: (Date.now() - started) / 1000 };
  }
  const warm = warmup > 0 ? await phase(warmup) : { failures: 0 };
  await sql`vacuum analyze`.execute(database.db);
  const measured = await phase(seconds);
  await database.close();
  return { ...measured, failures: measured.failures + warm.failures };
}

/**
 * Runs a measurement on a freshly vacuumed database, as pgbench itself does unless told
 * not to: a server may run without autovacuum (a test machine), and rows left dead by
 * the previous measurement would otherwise slow each next one.
 */
async function vacuumed<T>(url: string, measure: () => Promise<T>): Promise<T> {
  await run('psql', [url, '-qc', 'vacuum analyze']);
  return measure();
}

/**
 * The money path in its own app process (started fresh for each round, so no round runs
 * on another's heap): warm-up, vacuum, then `seconds` measured.
 */
async function moneyRound(url: string, seconds: number): Promise<{ paths: number; failures: number; seconds: number }> {
  const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'bench/money-worker.ts', url, String(seconds)], {
    maxBuffer: 10 * 1024 * 1024,
  });
  // The first failures' errors, so that a run that is not whole says why.
  if (stderr.trim()) console.error(stderr.trim());
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { paths: number; failures: number; seconds: number };
}

/**
 * TPC-B and the money path in alternating rounds (ROUNDS of each), so that a machine
 * whose speed drifts during the run (shared hardware) slows both alike; the ratio is
 * taken over the means.
 */
export async function moneyBenchmark(url: string, seconds: number): Promise<MoneyResult> {
  const database = await openDatabase({ url, poolSize: 2 });
  await migrate(database.db);
  await database.close();
  const rounds: MoneyRound[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    // Every other round the money path goes first, so neither side always runs on the
    // other's leftovers (dirty pages, a checkpoint).
    const tpcbFirst = i % 2 === 0;
    const before = tpcbFirst ? await vacuumed(url, () => tpcb(url, seconds)) : 0;
    const money = await moneyRound(url, seconds);
    const tpcbTps = tpcbFirst ? before : await vacuumed(url, () => tpcb(url, seconds));
    rounds.push({ tpcb: tpcbTps, transactionsPerSecond: (money.paths * 4) / money.seconds, ...money });
  }
  const paths = rounds.reduce((s, r) => s + r.paths, 0);
  const failures = rounds.reduce((s, r) => s + r.failures, 0);
  const elapsed = rounds.reduce((s, r) => s + r.seconds, 0);
  const check = await (async () => {
    const db = await openDatabase({ url, poolSize: 2 });
    try {
      return await checkLedger(db.db);
    } finally {
      await db.close();
    }
  })();
  const pathsPerSecond = paths / elapsed;
  return {
    pathsPerSecond,
    // Four use cases, four database transactions, per path.
    transactionsPerSecond: pathsPerSecond * 4,
    tpcb: rounds.reduce((s, r) => s + r.tpcb, 0) / rounds.length,
    paths,
    rounds,
    ledgerWhole: failures === 0 && check.unbalanced.length === 0 && check.cacheMismatches.length === 0 && check.total === 0,
  };
}

export function printMoney(r: MoneyResult): boolean {
  const ratio = r.transactionsPerSecond / r.tpcb;
  console.log(
    `\nmoney path  hire → fund → deliver → accept, ${WORKERS} concurrent workers in one app process (use cases, one transaction each; measured after a ${WARMUP} s warm-up)`,
  );
  console.log(
    `  ${r.paths.toLocaleString()} paths, ${r.pathsPerSecond.toFixed(0)} paths/s = ${r.transactionsPerSecond.toFixed(0)} transactions/s`,
  );
  console.log(`  pgbench TPC-B (scale 10, ${WORKERS} clients) on the same database: ${r.tpcb.toFixed(0)} tps`);
  console.log(
    `  rounds (TPC-B tps / money path tx/s): ${r.rounds.map((x) => `${x.tpcb.toFixed(0)} / ${x.transactionsPerSecond.toFixed(0)} (${((x.transactionsPerSecond / x.tpcb) * 100).toFixed(0)}%)`).join(', ')}`,
  );
  console.log(`  money path / TPC-B: ${(ratio * 100).toFixed(0)}% (target ≥ 20%) ${ratio >= 0.2 ? 'OK' : 'MISSED'}`);
  const failures = r.rounds.reduce((s, x) => s + x.failures, 0);
  console.log(
    `  ledger after the run: ${r.ledgerWhole ? 'balanced, cached = recomputed, no failures' : `NOT WHOLE (${failures} failed paths)`}`,
  );
  return r.ledgerWhole;
}
