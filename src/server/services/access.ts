// Finding a service its seller is about to change: locked, and refused to anyone else —
// with 403 when they can see the service anyway, 404 when for them it does not exist.
import { AppError } from '../../domain/errors';
import { canViewService } from '../../domain/policies/services';
import type { Db } from '../db/database';
import { lockServiceRow } from '../db/repositories/locks';

export async function lockOwnService(trx: Db, serviceId: string, sellerId: string) {
  const service = await lockServiceRow(trx, serviceId);
  if (!service) throw new AppError('not-found');
  if (service.seller_id !== sellerId) {
    const seller = await trx.selectFrom('users').select('status').where('id', '=', service.seller_id).executeTakeFirst();
    const visible = canViewService(
      { sellerId: service.seller_id, status: service.status, sellerActive: seller?.status === 'active' },
      sellerId,
    );
    throw new AppError(visible ? 'forbidden' : 'not-found');
  }
  return service;
}
