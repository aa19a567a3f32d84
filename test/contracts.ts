// Contract factories and the ledger invariants every money test checks afterwards.
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { Db } from '../src/server/db/database';
import { checkLedger } from '../src/server/db/repositories/ledger';
import { createStaff } from '../src/server/use-cases/accounts/create-staff';
import type { StaffRole } from '../src/shared/labels';
import type { TestApp, TestClient } from './app';
import { jobInput, loggedInUser, type RegisteredUser, STRONG_PASSWORD } from './factories';
import { type Authenticator, enrol, staySignedIn } from './second-factor';

export interface Party {
  user: RegisteredUser;
  client: TestClient;
}

export interface HiredContract {
  client: Party;
  worker: Party;
  contractId: string;
  milestoneId: string;
  jobId: string;
}

/** A client posts a project, a worker applies with `amount`, the client hires: a contract awaiting escrow. */
export async function hiredContract(
  t: TestApp,
  options: { amount?: number; client?: Party; worker?: Party } = {},
): Promise<HiredContract> {
  const client = options.client ?? (await loggedInUser(t));
  const worker = options.worker ?? (await loggedInUser(t));
  const job = (await client.client.post('/api/v1/jobs', jobInput(t, { hires: 5 }))).json();
  const application = (
    await worker.client.post(`/api/v1/jobs/${job.id}/applications`, {
      proposal: 'よろしくお願いします。',
      quotedAmount: options.amount ?? 10_000,
      deliveryDays: 7,
    })
  ).json();
  const hired = await client.client.post(`/api/v1/applications/${application.id}/hire`, {});
  if (hired.statusCode !== 200) throw new Error(`hire failed: ${hired.body}`);
  const contractId = hired.json().contractId as string;
  const contract = (await client.client.get(`/api/v1/contracts/${contractId}`)).json();
  return { client, worker, contractId, milestoneId: contract.milestones[0].id, jobId: job.id };
}

/**
 * A staff member with `role`, logged in: enrolled in a second factor at the first login
 * (as every staff member must be), and signing in again with password and code whenever
 * their short staff session has ended (the test clock moved on).
 */
export async function staffMember(t: TestApp, role: StaffRole): Promise<Party & { authenticator: Authenticator }> {
  const id = randomBytes(4).toString('hex');
  const user = { email: `staff_${id}@example.jp`, username: `staff_${id}`, password: STRONG_PASSWORD, displayName: `運営 ${id}` };
  await createStaff(t.app.deps, { ...user, role });
  const client = await t.client();
  const res = await client.post('/api/v1/auth/login', { email: user.email, password: user.password });
  if (res.statusCode !== 200) throw new Error(`staff login failed: ${res.body}`);
  const authenticator = await enrol(t, client);
  staySignedIn(t, client, user.email, user.password, authenticator);
  return { user, client, authenticator };
}

/** Funds the milestone with the development card and returns the contract. */
export async function fundByCard(c: HiredContract, milestoneId = c.milestoneId) {
  const res = await c.client.client.post(`/api/v1/milestones/${milestoneId}/fund`, { method: 'dev_card' });
  if (res.statusCode !== 200) throw new Error(`fund failed: ${res.body}`);
  return res.json();
}

export async function deliver(c: HiredContract, milestoneId = c.milestoneId) {
  const res = await c.worker.client.post(`/api/v1/milestones/${milestoneId}/deliver`, {
    message: '納品します。ご確認ください。',
  });
  if (res.statusCode !== 200) throw new Error(`deliver failed: ${res.body}`);
  return res.json();
}

/** Balanced, zero-sum, cached = recomputed, no negative user balance. */
export async function expectLedgerWhole(db: Db): Promise<void> {
  const check = await checkLedger(db);
  expect(check.unbalanced).toEqual([]);
  expect(check.cacheMismatches).toEqual([]);
  expect(check.negative).toEqual([]);
  expect(check.total).toBe(0);
}

/** Row counts of everything money and contracts touch: a refused request must leave them all unchanged. */
export async function moneyState(db: Db) {
  const tables = [
    'contracts',
    'milestones',
    'contract_events',
    'deposits',
    'termination_proposals',
    'disputes',
    'reviews',
    'ledger_transactions',
    'ledger_entries',
  ] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  const statuses = await db.selectFrom('milestones').select(['id', 'status']).orderBy('id').execute();
  const contracts = await db.selectFrom('contracts').select(['id', 'status', 'pending_terms']).orderBy('id').execute();
  return { counts, statuses, contracts };
}
