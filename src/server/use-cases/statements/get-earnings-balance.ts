import { earningsOf } from '../../../domain/ledger/recipes';
import type { Db } from '../../db/database';
import { balanceOf } from '../../db/repositories/ledger';

export async function getEarningsBalance(db: Db, userId: string): Promise<number> {
  return balanceOf(db, earningsOf(userId));
}
