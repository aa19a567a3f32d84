// Locking a contract, and a milestone with its contract, before any action on them.
import { type Selectable, sql } from 'kysely';
import { AppError } from '../../domain/errors';
import { accountLocking, assertActive } from '../db/account-lock';
import type { Db } from '../db/database';
import { lockContractRow } from '../db/repositories/locks';
import type { ContractStatus, MilestonesTable, UserStatus } from '../db/schema';

/**
 * Test-only switch: the race tests turn the contract row lock and the compare-and-set
 * off to prove they can detect a double acceptance. The ledger's unique business key
 * still stops a second posting even then.
 */
export const contractGuards = { enabled: true };

export interface LockedContract {
  id: string;
  job_id: string | null;
  service_order_id: string | null;
  acceptance_days: number | null;
  client_id: string;
  worker_id: string;
  title: string;
  status: ContractStatus;
  withholding: boolean;
  terms_version: number;
  ended_at: Date | null;
}

/**
 * Takes the contract row FOR UPDATE: every action on a contract or its milestones runs
 * one at a time, so "accept" racing "request revision", or two milestones finishing at
 * once, always see each other's result.
 */
export async function lockContract(trx: Db, contractId: string): Promise<LockedContract | undefined> {
  return lockContractRow(trx, contractId, contractGuards.enabled);
}

const CONTRACT_COLUMNS = [
  'id',
  'job_id',
  'service_order_id',
  'acceptance_days',
  'client_id',
  'worker_id',
  'title',
  'status',
  'withholding',
  'terms_version',
  'ended_at',
] as const;

/**
 * Locks the contract of a milestone, then the milestone, and reads both, in one
 * statement. The milestone is locked (as its update will) so that it is read after the
 * contract lock, fresh: a row a statement does not lock is read as of its start. The
 * lateral joins fix the order: the member's account (when `accountOf` is given, FOR SHARE
 * as lockActiveAccount takes it), then the contract, then the milestone. `thread` also
 * reads the contract's thread.
 */
export async function lockMilestone(trx: Db, milestoneId: string, options: { accountOf?: string; thread?: boolean } = {}) {
  const guarded = contractGuards.enabled;
  const account =
    options.accountOf === undefined
      ? sql`null::text`
      : sql`(select status from users where id = ${options.accountOf} ${accountLocking.enabled ? sql`for share` : sql``})`;
  const contractColumns = sql.join(CONTRACT_COLUMNS.map((c) => sql`c.${sql.id(c)} as ${sql.id(`k_${c}`)}`));
  const { rows } = await sql<Record<string, unknown>>`
    select r.account_status, k.*, m.*
           ${options.thread ? sql`, (select t.id from threads t where t.subject_type = 'contract' and t.subject_id = k.k_id) as thread_id` : sql``}
    from (select ${account} as account_status, (select contract_id from milestones where id = ${milestoneId}) as contract_id
          offset 0) as r
    left join lateral (
      select ${contractColumns} from contracts c where c.id = r.contract_id ${guarded ? sql`for update` : sql``}
    ) as k on true
    left join lateral (
      select * from milestones where id = ${milestoneId} and contract_id = k.k_id ${guarded ? sql`for no key update` : sql``}
    ) as m on true`.execute(trx);
  const row = rows[0] ?? {};
  if (options.accountOf !== undefined) assertActive(row.account_status as UserStatus | undefined);
  if (!row.k_id || !row.id) throw new AppError('not-found');
  const contract = Object.fromEntries(CONTRACT_COLUMNS.map((c) => [c, row[`k_${c}`]])) as unknown as LockedContract;
  const milestone = Object.fromEntries(
    Object.entries(row).filter(([key]) => !key.startsWith('k_') && key !== 'account_status' && key !== 'thread_id'),
  ) as unknown as Selectable<MilestonesTable>;
  return { contract, milestone, threadId: (row.thread_id as string | null | undefined) ?? null };
}
