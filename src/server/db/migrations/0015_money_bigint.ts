// Every amount of money in yen becomes bigint. A task of 2,100 slots at ¥1,000,000 held
// more in escrow than a 32-bit integer can (the database refused it: a 500), and a payout
// or a worker's earnings can grow past it too. The ledger was bigint from the start; int8
// is parsed to a JS number on both drivers (database.ts), and the request schemas keep
// every amount far below 2^53. Converting is a rewrite of these tables, done once.
import { type Kysely, sql } from 'kysely';

/** table → its money columns. */
export const MONEY_COLUMNS: Record<string, string[]> = {
  jobs: ['budget_min', 'budget_max', 'task_unit_price', 'prize', 'budget_sort'],
  applications: ['quoted_amount'],
  offers: ['amount'],
  milestones: [
    'amount',
    'tax',
    'client_fee',
    'client_fee_tax',
    'worker_fee',
    'worker_fee_tax',
    'withholding',
    'worker_net',
    'escrow',
  ],
  deposits: ['amount'],
  payout_requests: ['amount', 'fee', 'net'],
  job_escrows: [
    'unit_price',
    'unit_tax',
    'client_fee',
    'client_fee_tax',
    'worker_fee',
    'worker_fee_tax',
    'worker_net',
    'unit_escrow',
    'total',
  ],
  work_rewards: ['gross', 'tax', 'worker_fee', 'worker_fee_tax', 'worker_net'],
};

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [table, columns] of Object.entries(MONEY_COLUMNS)) {
    const changes = columns.map((c) => sql`alter column ${sql.id(c)} type bigint`);
    await sql`alter table ${sql.id(table)} ${sql.join(changes)}`.execute(db);
  }
}
