// The seller's own services in every status, newest first (My services).
import type { Db } from '../../db/database';
import { type ServiceWithSeller, selectServicesWithSeller } from '../../db/repositories/services';

export interface ListMyServicesInput {
  sellerId: string;
}

export async function listMyServices(db: Db, input: ListMyServicesInput): Promise<ServiceWithSeller[]> {
  return (await selectServicesWithSeller(db)
    .where('s.seller_id', '=', input.sellerId)
    .orderBy('s.created_at', 'desc')
    .limit(200)
    .execute()) as ServiceWithSeller[];
}
