// Use cases own their transaction, unless their caller already opened one (an
// idempotent request stores its answer in the same transaction as the change it made).
import type { Db } from './database';

export function inTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
