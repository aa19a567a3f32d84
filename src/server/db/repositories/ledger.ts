// Writing and checking the ledger. A transaction from the domain recipes is stored as its
// net movement per account (one entry per account, signed), the cached balances move in
// the same database transaction, and the business key makes a repeat a no-op.
import { sql } from 'kysely';
import { type LedgerTransaction, validateTransaction, WORLD } from '../../../domain/ledger/postings';
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
  const values = sql.join(moves.map(([account, amount]) => sql`(${account}, ${amount}::bigint)`));
  const posted = statement.with(
    'posted',
    sql`insert into ledger_transactions (key, kind, contract_id, milestone_id, job_id, created_at)
        select ${tx.key}, ${meta.kind}, ${meta.contractId ?? null}::uuid, ${meta.milestoneId ?? null}::uuid, ${meta.jobId ?? null}::uuid, ${now}::timestamptz
        where ${onlyIf}
        on conflict on constraint ledger_transactions_key do nothing
        returning id`,
  );
  statement.count(posted);
  const moved = statement.with('moves', sql`select * from (values ${values}) as m (account, amount)`);
  const locked = statement.with(
    'locked',
    sql`select id from ledger_accounts
        where id in (select account from ${statement.ref(moved)}) and exists (select 1 from ${statement.ref(posted)})
        order by id
        for update`,
  );
  statement.with(
    'balances',
    sql`update ledger_accounts a set balance = a.balance + m.amount
        from ${statement.ref(moved)} m join ${statement.ref(locked)} l on l.id = m.account
        where a.id = m.account`,
  );
  statement.with(
    'entries',
    sql`insert into ledger_entries (transaction_id, account_id, amount, created_at)
        select p.id, m.account, m.amount, ${now} from ${statement.ref(moved)} m cross join ${statement.ref(posted)} p`,
  );
  return posted;
}

export async function balanceOf(db: Db, account: string): Promise<number> {
  const row = await db.selectFrom('ledger_accounts').select('balance').where('id', '=', account).executeTakeFirst();
  return Number(row?.balance ?? 0);
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
  const accounts = await db
    .selectFrom('ledger_accounts as a')
    .leftJoin('ledger_entries as e', 'e.account_id', 'a.id')
    .select((eb) => ['a.id', 'a.balance', eb.fn.coalesce(eb.fn.sum<string>('e.amount'), sql<string>`0`).as('recomputed')])
    .groupBy(['a.id', 'a.balance'])
    .execute();
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
