import { AppError } from '../../../domain/errors';
import type { Db } from '../../db/database';
import { depositQuery, presentStaffDeposit } from '../../deposits/staff-deposits';

export async function getStaffDeposit(db: Db, id: string) {
  const row = await depositQuery(db).where('d.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not-found');
  return presentStaffDeposit(row);
}
