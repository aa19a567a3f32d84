// Writing and checking the ledger. A transaction from the domain recipes is stored as its
// net movement per account (one entry per account, signed), the cached balances move in
// the same database transaction, and the business key makes a repeat a no-op.
import { sql } from 'kysely';
import { isServiceAccount, type LedgerTransaction, validateTransaction, WORLD } from '../../../domain/ledger/recipes';
import type { Db } from '../database';
import { always, type Guard, Statement } from '../statement';

export interface PostMeta {
  /** What kind of movement (escrow_fund, escrow_release, escrow_refund, escrow_settle …). */
  kind: string;
  contractId?: string | null;
  milestoneId?: string | null;
  /** A task or competition posting whose escrow moves. */
  jobId?: string | null;
}

const USER_ACCOUNT = /^earnings:([0-9a-f-]{36})$/;

/**
 * Opens ledger accounts before they are used (an escrow account with its milestone, an
 * earnings account with a member's first contract), so that posting is one statement.
 */
export async function openAccounts(trx: Db, accounts: string[], now: Date): Promise<void> {
  if (accounts.length === 0) return;
  await trx
    .insertInto('ledger_accounts')
    .values(accounts.map((id) => ({ id, user_id: USER_ACCOUNT.exec(id)?.[1] ?? null, created_at: now })))
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/**
 * Posts a transaction in one statement: claim the business key; only if it was free, lock
 * the accounts in a fixed order (two postings sharing accounts never deadlock), move their
 * cached balances and write one entry per account. Returns false (and changes nothing)
 * when the key was already posted, so a retried request can never move money twice. The
 * accounts must be open (openAccounts): an entry for an unknown account fails its foreign
 * key. The balance check constraint and the deferred zero-sum trigger guard the result.
 */
export async function postTransaction(trx: Db, tx: LedgerTransaction, meta: PostMeta, now: Date): Promise<boolean> {
  const statement = new Statement(trx);
  const posted = addPosting(statement, tx, meta, now);
  return (await statement.execute()).matched(posted);
}

/**
 * The posting as parts of a step's statement, made only if the guard holds; returns the
 * name of the part that returns the new transaction's id (none when the key was taken).
 */
export function addPosting(
  statement: Statement,
  tx: LedgerTransaction,
  meta: PostMeta,
  now: Date,
  onlyIf: Guard = always,
): string {
  validateTransaction(tx);
  const net = new Map<string, number>();
  for (const p of tx.postings) {
    net.set(p.from, (net.get(p.from) ?? 0) - p.amount);
    net.set(p.to, (net.get(p.to) ?? 0) + p.amount);
  }
  const moves = [...net].filter(([, amount]) => amount !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const own = moves.filter(([account]) => !isServiceAccount(account));
  const service = moves.filter(([account]) => isServiceAccount(account));
  const posted = statement.with(
    'posted',
    sql`insert into ledger_transactions (key, kind, contract_id, milestone_id, job_id, created_at)
        select ${tx.key}, ${meta.kind}, ${meta.contractId ?? null}::uuid, ${meta.milestoneId ?? null}::uuid, ${meta.jobId ?? null}::uuid, ${now}::timestamptz
        where ${onlyIf}
        on conflict on constraint ledger_transactions_key do nothing
        returning id`,
  );
  statement.count(posted);
  const moved = statement.with('moves', sql`select * from (values ${valuesOf(moves)}) as m (account, amount)`);
  // Members' and escrow accounts first, locked in id order (two postings sharing accounts
  // never deadlock); the service accounts' slots after them, also in id order.
  let locked: string | undefined;
  if (own.length > 0) {
    locked = statement.with(
      'locked',
      sql`select id from ledger_accounts
          where id in (${sql.join(own.map(([account]) => sql`${account}`))}) and exists (select 1 from ${statement.ref(posted)})
          order by id
          for update`,
    );
    statement.with(
      'balances',
      sql`update ledger_accounts a set balance = a.balance + m.amount
          from ${statement.ref(moved)} m join ${statement.ref(locked)} l on l.id = m.account
          where a.id = m.account`,
    );
  }
  if (service.length > 0) {
    const afterOwn = locked ? sql`and (select count(*) from ${statement.ref(locked)}) >= 0` : sql``;
    statement.with(
      'slots',
      sql`insert into ledger_balance_slots (account_id, slot, balance)
          select m.account, (pg_backend_pid() % ${sql.lit(LEDGER_SLOTS)})::smallint, m.amount
          from (values ${valuesOf(service)}) as m (account, amount)
          where exists (select 1 from ${statement.ref(posted)}) ${afterOwn}
          order by m.account
          on conflict (account_id, slot) do update set balance = ledger_balance_slots.balance + excluded.balance`,
    );
  }
  statement.with(
    'entries',
    sql`insert into ledger_entries (transaction_id, account_id, amount, created_at)
        select p.id, m.account, m.amount, ${now} from ${statement.ref(moved)} m cross join ${statement.ref(posted)} p`,
  );
  return posted;
}

function valuesOf(moves: [string, number][]) {
  return sql.join(moves.map(([account, amount]) => sql`(${account}, ${amount}::bigint)`));
}

/**
 * How many slots a service account's cached balance is spread over. A posting adds to
 * the slot of its database connection (its server process id modulo this), so postings
 * on different connections do not wait for each other's commit; a pool of up to this
 * many connections per instance rarely shares a slot. The platform accounts are only
 * ever credited, and each of their slots is kept from going below zero: a recipe that
 * debits one would need to take it from slots holding enough.
 */
export const LEDGER_SLOTS = 64;

/** A cached balance: the account's row plus, for a service account, its slots. */
export async function balanceOf(db: Db, account: string): Promise<number> {
  const row = await db
    .selectFrom('ledger_accounts as a')
    .select((eb) => [
      'a.balance',
      eb
        .selectFrom('ledger_balance_slots as s')
        .select((s) => s.fn.sum<string>('s.balance').as('slots'))
        .whereRef('s.account_id', '=', 'a.id')
        .as('slots'),
    ])
    .where('a.id', '=', account)
    .executeTakeFirst();
  return Number(row?.balance ?? 0) + Number(row?.slots ?? 0);
}

export interface LedgerCheck {
  /** Accounts whose cached balance differs from the sum of their entries. */
  cacheMismatches: { account: string; cached: number; recomputed: number }[];
  /** Transactions whose entries do not sum to zero. */
  unbalanced: { transactionId: number; sum: number }[];
  /** Accounts other than the external one below zero. */
  negative: { account: string; balance: number }[];
  /** Sum of every balance (zero when the ledger is whole). */
  total: number;
}

/** Recomputes every balance from the entries and reports anything that does not hold. */
export async function checkLedger(db: Db): Promise<LedgerCheck> {
  const { rows: accounts } = await sql<{ id: string; balance: string; recomputed: string }>`
    select a.id,
           a.balance + coalesce((select sum(s.balance) from ledger_balance_slots s where s.account_id = a.id), 0) as balance,
           coalesce((select sum(e.amount) from ledger_entries e where e.account_id = a.id), 0) as recomputed
    from ledger_accounts a`.execute(db);
  const unbalanced = await db
    .selectFrom('ledger_entries')
    .select((eb) => ['transaction_id', eb.fn.sum<string>('amount').as('sum')])
    .groupBy('transaction_id')
    .having((eb) => eb.fn.sum('amount'), '<>', 0)
    .execute();
  return {
    cacheMismatches: accounts
      .filter((a) => Number(a.balance) !== Number(a.recomputed))
      .map((a) => ({ account: a.id, cached: Number(a.balance), recomputed: Number(a.recomputed) })),
    unbalanced: unbalanced.map((u) => ({ transactionId: Number(u.transaction_id), sum: Number(u.sum) })),
    negative: accounts
      .filter((a) => a.id !== WORLD && Number(a.balance) < 0)
      .map((a) => ({ account: a.id, balance: Number(a.balance) })),
    total: accounts.reduce((s, a) => s + Number(a.balance), 0),
  };
}
