// The hand-written SQL, compiled with fixed inputs and kept in db/sql/<name>.sql, so that a
// change to a lock or to a multi-part write statement shows in the diff of a commit.
// Nothing runs on a database: a Kysely on the dummy driver compiles each statement as
// PostgreSQL would receive it, and the log records the SQL and its parameters. A file
// that differs fails the test; `UPDATE_SQL_SNAPSHOTS=1 npx vitest run
// src/server/db/sql-snapshots.test.ts` writes them again (review the diff, then commit).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
  type CompiledQuery,
  type DatabaseConnection,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type Selectable,
} from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../domain/errors';
import { fundEscrow, releaseEscrow } from '../../domain/ledger/recipes';
import { splitMilestone } from '../../domain/money/fees';
import { testConfig } from '../config';
import { type LockedContract, lockContract, lockMilestone, moneyColumns, moveContract, moveMilestone } from '../contracts/core';
import { createContract } from '../contracts/create';
import { fundMilestoneNow } from '../contracts/funding';
import { releaseMilestone } from '../contracts/release';
import type { Deps } from '../deps';
import { lockWorkJob } from '../jobs/escrow';
import { notifyMany } from '../notifications/notify';
import { claimDueMail } from '../queue/dispatch-outbox';
import { cancelTask, claimDueTasks, enqueueTasks } from '../queue/queue';
import { addMessage } from '../threads/post-message';
import { decideApplication } from '../use-cases/applications/decide-application';
import { deliverMilestone } from '../use-cases/contracts/deliver-milestone';
import { requestRevision } from '../use-cases/contracts/request-revision';
import { lockAccountForWithdrawal, lockAccountRow, lockActiveAccounts } from './account-lock';
import type { Db } from './database';
import { postTransaction } from './repositories/ledger';
import {
  lockContractRow,
  lockDuePayoutRequests,
  lockJobRow,
  lockJobRowForShare,
  lockLedgerAccountRow,
  lockPayoutRequestRow,
  lockServiceRow,
  lockServiceRowForOrder,
  lockUserRestrictionsForShare,
  lockUserRow,
  lockUserRowForWithdrawal,
  lockUserRowsForShare,
  lockWithdrawalVaultRow,
} from './repositories/locks';
import type { DB, MilestonesTable } from './schema';
import { Statement } from './statement';

// Ids made inside a statement builder (a new contract's) are numbered, not random.
const uuids = vi.hoisted(() => ({ next: 0 }));
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return { ...actual, randomUUID: () => `00000000-0000-4000-9000-${String(++uuids.next).padStart(12, '0')}` };
});

const SQL_DIR = new URL('./sql/', import.meta.url);
const UPDATE = process.env.UPDATE_SQL_SNAPSHOTS === '1';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const CLIENT = id(1);
const WORKER = id(2);
const JOB = id(3);
const CONTRACT = id(4);
const MILESTONE = id(5);
const APPLICATION = id(6);
const THREAD = id(7);
const PAYOUT = id(8);
const NOW = new Date('2026-04-01T01:00:00.000Z');

const config = testConfig({ publicUrl: 'https://yorozu.example' });
const money = splitMilestone(100_000, { withholding: false, fees: config.fees });

const contract = (status: LockedContract['status']): LockedContract => ({
  id: CONTRACT,
  job_id: JOB,
  service_order_id: null,
  acceptance_days: null,
  client_id: CLIENT,
  worker_id: WORKER,
  title: 'ロゴの制作',
  status,
  withholding: false,
  terms_version: 1,
  ended_at: null,
});

const milestone = (status: Selectable<MilestonesTable>['status']): Selectable<MilestonesTable> => ({
  id: MILESTONE,
  contract_id: CONTRACT,
  position: 1,
  title: '作業一式',
  ...moneyColumns(money),
  due_date: '2026-04-30',
  status,
  delivery_count: status === 'delivered' ? 1 : 0,
  delivered_at: status === 'delivered' ? NOW : null,
  auto_accept_at: null,
  delivery_message_id: null,
  funded_at: status === 'unfunded' ? null : NOW,
  accepted_at: null,
  paid_at: null,
  closed_at: null,
  created_at: NOW,
  updated_at: NOW,
});

type Rows = Record<string, unknown>[];

/** lockMilestone's row: the contract's columns as k_<column>, the milestone's, the thread. */
const lockedMilestoneRow = (c: LockedContract, m: Selectable<MilestonesTable>) => ({
  account_status: null,
  ...Object.fromEntries(Object.entries(c).map(([k, v]) => [`k_${k}`, v])),
  ...m,
  thread_id: THREAD,
});

/** decideApplication's row: the application with its job and both members, read under the locks. */
const applicationRow = {
  description: '新しいお店のロゴを作ってください。',
  client_username: 'hanako',
  worker_username: 'taro',
  id: APPLICATION,
  status: 'pending',
  worker_id: WORKER,
  quoted_amount: 100_000,
  delivery_days: 14,
  job_id: JOB,
  client_id: CLIENT,
  title: 'ロゴの制作',
  hires: 1,
  client_status: 'active',
  worker_status: 'active',
  hired: 0,
};

/**
 * A Kysely that compiles for PostgreSQL and records every query instead of sending it.
 * Each query is answered with the next of `answers` (no rows once they run out), so a
 * use case can be driven past its reads.
 */
function recordingDb(answers: Rows[] = []): { db: Db; queries: CompiledQuery[] } {
  const queries: CompiledQuery[] = [];
  const connection: DatabaseConnection = {
    executeQuery: async <R>() => ({ rows: (answers.shift() ?? []) as R[] }),
    streamQuery: () => {
      throw new Error('not used');
    },
  };
  class ScriptedDriver extends DummyDriver {
    override async acquireConnection(): Promise<DatabaseConnection> {
      return connection;
    }
  }
  const db = new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new ScriptedDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (event) => {
      if (event.level === 'query') queries.push(event.query);
    },
  });
  return { db, queries };
}

/**
 * The queries as a reviewable file: each statement, then its parameters. Only the layout
 * differs from what is sent: the common indentation of a template is taken off, and each
 * part of a multi-part statement starts a line.
 */
function render(queries: readonly CompiledQuery[]): string {
  return queries
    .map((q) => {
      const sql = q.sql.replace(/^\s*\n/, '');
      const first = /^ */.exec(sql)?.[0] ?? '';
      const lines = sql
        .replace(/\), ("\w+_\d+" as \()/g, `),\n${first}$1`)
        .split('\n')
        .map((line) => line.trimEnd());
      const indent = Math.min(...lines.filter((l) => l !== '').map((l) => l.length - l.trimStart().length));
      const text = lines.map((l) => l.slice(indent)).join('\n');
      const params = q.parameters.map((p, i) => `-- $${i + 1} = ${JSON.stringify(p)}`);
      return [`${text};`, ...params].join('\n');
    })
    .join('\n\n')
    .concat('\n');
}

const written = new Set<string>();

/**
 * Runs `run` on a recording database and compares what it sent with `sql/<name>.sql`.
 * A builder that reads rows gets `answers`, then none; when that makes it refuse (an AppError: not found,
 * the compare-and-set did not match), the statements sent until then are the snapshot.
 */
async function snapshot(name: string, run: (db: Db, deps: Deps) => Promise<unknown>, answers: Rows[] = []): Promise<void> {
  const { db, queries } = recordingDb(answers);
  uuids.next = 0;
  await run(db, { db, config, clock: () => NOW } as Deps).catch((error: unknown) => {
    if (!(error instanceof AppError)) throw error;
  });
  expect(queries.length, `${name} sent no statement`).toBeGreaterThan(0);
  const text = `-- ${name}: generated by src/server/db/sql-snapshots.test.ts; do not edit.\n\n${render(queries)}`;
  const file = new URL(`${name}.sql`, SQL_DIR);
  written.add(`${name}.sql`);
  if (UPDATE) {
    mkdirSync(SQL_DIR, { recursive: true });
    writeFileSync(file, text);
    return;
  }
  const hint = 'run UPDATE_SQL_SNAPSHOTS=1 and review the diff';
  expect(existsSync(file), `src/server/db/sql/${name}.sql is missing: ${hint}`).toBe(true);
  expect(text, `src/server/db/sql/${name}.sql differs: ${hint}`).toBe(readFileSync(file, 'utf8'));
}

describe('row locks', () => {
  it('lock-contract-row', () => snapshot('lock-contract-row', (db) => lockContractRow(db, CONTRACT)));
  it('lock-contract (the contract use cases’ lock)', () => snapshot('lock-contract', (db) => lockContract(db, CONTRACT)));
  it('lock-milestone', () =>
    snapshot('lock-milestone', (db) => lockMilestone(db, MILESTONE, { accountOf: CLIENT, thread: true })));
  it('lock-job-row-for-share', () => snapshot('lock-job-row-for-share', (db) => lockJobRowForShare(db, JOB)));
  it('lock-job-row', () => snapshot('lock-job-row', (db) => lockJobRow(db, JOB)));
  it('lock-service-row', () => snapshot('lock-service-row', (db) => lockServiceRow(db, id(9))));
  it('lock-service-row-for-order', () => snapshot('lock-service-row-for-order', (db) => lockServiceRowForOrder(db, JOB)));
  it('lock-user-row-for-withdrawal', () =>
    snapshot('lock-user-row-for-withdrawal', (db) => lockUserRowForWithdrawal(db, CLIENT)));
  it('lock-user-rows-for-share', () => snapshot('lock-user-rows-for-share', (db) => lockUserRowsForShare(db, [CLIENT, WORKER])));
  it('lock-work-job', () => snapshot('lock-work-job', (db) => lockWorkJob(db, JOB)));
  it('lock-user-row', () => snapshot('lock-user-row', (db) => lockUserRow(db, CLIENT)));
  it('lock-withdrawal-vault-row', () =>
    snapshot('lock-withdrawal-vault-row', (db) => lockWithdrawalVaultRow(db, 'ab'.repeat(32))));
  it('lock-ledger-account-row', () =>
    snapshot('lock-ledger-account-row', (db) => lockLedgerAccountRow(db, `earnings:${WORKER}`)));
  it('lock-payout-request-row', () => snapshot('lock-payout-request-row', (db) => lockPayoutRequestRow(db, PAYOUT)));
  it('lock-due-payout-requests', () => snapshot('lock-due-payout-requests', (db) => lockDuePayoutRequests(db, '2026-04-10')));
  it('lock-active-accounts', () => snapshot('lock-active-accounts', (db) => lockActiveAccounts(db, [WORKER, CLIENT])));
  it('lock-account-for-withdrawal', () => snapshot('lock-account-for-withdrawal', (db) => lockAccountForWithdrawal(db, CLIENT)));
  it('lock-account-row', () => snapshot('lock-account-row', (db) => lockAccountRow(db, CLIENT)));
  it('lock-application-for-hire (the application, both accounts and the job)', () =>
    snapshot('lock-application-for-hire', (_db, deps) =>
      decideApplication(deps, { actorId: CLIENT, applicationId: APPLICATION, action: 'hire' }),
    ));
  it('lock-user-restrictions-for-share (an action a restriction can stop)', () =>
    snapshot('lock-user-restrictions-for-share', (db) => lockUserRestrictionsForShare(db, CLIENT, NOW), [[{ id: CLIENT }]]));
  it('claim-due-tasks (the task queue: FOR UPDATE SKIP LOCKED and a lease)', () =>
    snapshot('claim-due-tasks', (db) => claimDueTasks(db, NOW, 10)));
  it('claim-due-mail (the outbox relay: FOR UPDATE SKIP LOCKED and a lease)', () =>
    snapshot('claim-due-mail', (db) => claimDueMail(db, NOW, 10)));
});

describe('multi-part write statements', () => {
  it('ledger-post-transaction (members’ accounts locked, service accounts in slots)', () =>
    snapshot('ledger-post-transaction', (db) =>
      postTransaction(
        db,
        releaseEscrow(MILESTONE, WORKER, money),
        { kind: 'escrow_release', contractId: CONTRACT, milestoneId: MILESTONE },
        NOW,
      ),
    ));
  it('ledger-post-transaction-service-only', () =>
    snapshot('ledger-post-transaction-service-only', (db) =>
      postTransaction(
        db,
        fundEscrow(MILESTONE, money),
        { kind: 'escrow_fund', contractId: CONTRACT, milestoneId: MILESTONE },
        NOW,
      ),
    ));
  it('notices (addNotices)', () =>
    snapshot('notices', (db) =>
      notifyMany(
        db,
        config.publicUrl,
        [
          { userId: CLIENT, kind: 'application.received', params: { jobTitle: 'ロゴの制作' }, link: `/jobs/${JOB}` },
          {
            userId: WORKER,
            kind: 'offer.received',
            params: { jobTitle: 'ロゴの制作', message: '本文' },
            link: '/offers',
            mail: false,
          },
          {
            userId: WORKER,
            kind: 'application.declined',
            params: { jobTitle: 'ロゴの制作', reason: null },
            link: '/applications',
          },
        ],
        NOW,
      ),
    ));
  it('tasks (addTasks)', () =>
    snapshot('tasks', (db) =>
      enqueueTasks(
        db,
        [
          { kind: 'job.deadline', payload: { jobId: JOB }, runAt: NOW, dedupeKey: `job.deadline:${JOB}` },
          { kind: 'withdrawal.retention', payload: {}, runAt: NOW, maxAttempts: 3 },
        ],
        NOW,
      ),
    ));
  it('cancel-tasks (addCancel)', () =>
    snapshot('cancel-tasks', (db) => cancelTask(db, [`job.deadline:${JOB}`, `job.expiry:${JOB}`], NOW)));
  it('message (addMessage)', () =>
    snapshot('message', async (db) => {
      const statement = new Statement(db);
      addMessage(statement, { threadId: THREAD, senderId: WORKER, body: 'よろしくお願いします。' }, NOW);
      await statement.execute();
    }));
  it('contract-create (a hire’s contract, milestone, thread, terms and notices)', () =>
    snapshot('contract-create', (db, deps) =>
      createContract(
        db,
        deps,
        {
          jobId: JOB,
          title: 'ロゴの制作',
          clientId: CLIENT,
          workerId: WORKER,
          amount: 100_000,
          dueDate: '2026-04-30',
          applicationId: APPLICATION,
          parties: { description: '新しいお店のロゴを作ってください。', client: 'hanako', worker: 'taro' },
        },
        NOW,
      ),
    ));
  it('contract-move-milestone (a delivery)', () =>
    snapshot('contract-move-milestone', (db) =>
      moveMilestone(
        db,
        {
          contractId: CONTRACT,
          milestone: milestone('funded'),
          action: 'deliver',
          actor: 'worker',
          actorId: WORKER,
          set: { delivered_at: NOW },
        },
        NOW,
      ),
    ));
  it('contract-move-contract (a termination)', () =>
    snapshot('contract-move-contract', (db) =>
      moveContract(
        db,
        { contract: contract('in_progress'), action: 'terminate', actor: 'system', detail: { reason: 'agreed' } },
        NOW,
      ),
    ));
  it('contract-fund-milestone (funded, the contract started, the notice, the posting)', () =>
    snapshot('contract-fund-milestone', (db, deps) =>
      fundMilestoneNow(
        db,
        deps,
        {
          contract: contract('awaiting_escrow'),
          milestone: milestone('unfunded'),
          depositId: id(9),
          actor: 'client',
          actorId: CLIENT,
        },
        NOW,
      ),
    ));
  it('contract-release-milestone (accepted and paid, timers, completion, notices, the posting)', () =>
    snapshot('contract-release-milestone', (db, deps) =>
      releaseMilestone(
        db,
        deps,
        { contract: contract('in_progress'), milestone: milestone('delivered'), automatic: false, actorId: CLIENT },
        NOW,
      ),
    ));
});

describe('contract and application steps, driven through their use cases', () => {
  it('application-hire (the locks, then the decision, the contract and its notices)', () =>
    snapshot(
      'application-hire',
      (_db, deps) => decideApplication(deps, { actorId: CLIENT, applicationId: APPLICATION, action: 'hire' }),
      // The client's row and restrictions first (none in force), then the application.
      [[{ id: CLIENT }], [], [applicationRow], [{ application_0: 1 }]],
    ));
  it('application-decline', () =>
    snapshot(
      'application-decline',
      (_db, deps) =>
        decideApplication(deps, { actorId: CLIENT, applicationId: APPLICATION, action: 'decline', reason: '今回は見送ります。' }),
      [[applicationRow]],
    ));
  it('contract-deliver-milestone (the message, the transition, the countdown, the notice)', () =>
    snapshot(
      'contract-deliver-milestone',
      (_db, deps) =>
        deliverMilestone(deps, { actorId: WORKER, milestoneId: MILESTONE, message: '納品します。', attachmentIds: [] }),
      [[lockedMilestoneRow(contract('in_progress'), milestone('funded'))]],
    ));
  it('contract-request-revision', () =>
    snapshot(
      'contract-request-revision',
      (_db, deps) => requestRevision(deps, { actorId: CLIENT, milestoneId: MILESTONE, message: '色を変えてください。' }),
      [[lockedMilestoneRow(contract('in_progress'), milestone('delivered'))]],
    ));
});

describe('the snapshot folder', () => {
  it('holds no file that no statement above writes (remove one whose statement is gone)', () => {
    if (UPDATE || written.size === 0) return;
    const stale = readdirSync(SQL_DIR).filter((f) => f.endsWith('.sql') && !written.has(f));
    expect(stale).toEqual([]);
  });
});
