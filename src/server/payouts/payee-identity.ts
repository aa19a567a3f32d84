// Whether a worker must register the legal name and address a 支払調書 names: once they
// work under a contract with withholding tax (源泉徴収), before a payout.
import type { Db } from '../db/database';

export async function payeeIdentityStatus(db: Db, userId: string): Promise<{ required: boolean; registered: boolean }> {
  const [withheld, identity] = await Promise.all([
    db
      .selectFrom('contracts')
      .select('id')
      .where('worker_id', '=', userId)
      .where('withholding', '=', true)
      .limit(1)
      .executeTakeFirst(),
    db.selectFrom('payee_identities').select('user_id').where('user_id', '=', userId).executeTakeFirst(),
  ]);
  return { required: withheld !== undefined, registered: identity !== undefined };
}

/** Whether a payout must wait for the legal name and address. */
export async function payeeIdentityMissing(db: Db, userId: string): Promise<boolean> {
  const status = await payeeIdentityStatus(db, userId);
  return status.required && !status.registered;
}

/**
 * At withdrawal: the legal name and address stay while a 支払調書 naming them must be kept
 * — until 31 January seven years after the last year the member was paid with
 * withholding (the record is due on 31 January of the next year and kept 7 years) — and
 * are deleted now otherwise. The retention job deletes them after that day.
 */
export async function retainOrErasePayeeIdentity(trx: Db, userId: string): Promise<void> {
  const last = await trx
    .selectFrom('milestones as m')
    .innerJoin('contracts as k', 'k.id', 'm.contract_id')
    .select((eb) => eb.fn.max('m.paid_at').as('paid_at'))
    .where('k.worker_id', '=', userId)
    .where('m.withholding', '>', 0)
    .executeTakeFirst();
  const settled = await trx
    .selectFrom('contract_events as e')
    .innerJoin('contracts as k', 'k.id', 'e.contract_id')
    .select((eb) => eb.fn.max('e.created_at').as('created_at'))
    .where('k.worker_id', '=', userId)
    .where('k.withholding', '=', true)
    .where('e.action', '=', 'milestone.settle')
    .executeTakeFirst();
  const times = [last?.paid_at, settled?.created_at].filter((d): d is Date => d instanceof Date || typeof d === 'string');
  if (times.length === 0) {
    await trx.deleteFrom('payee_identities').where('user_id', '=', userId).execute();
    return;
  }
  const latest = Math.max(...times.map((d) => new Date(d).getTime()));
  const year = new Date(latest + 9 * 3_600_000).getUTCFullYear();
  await trx
    .updateTable('payee_identities')
    .set({ retained_until: `${year + 8}-01-31` })
    .where('user_id', '=', userId)
    .execute();
}
