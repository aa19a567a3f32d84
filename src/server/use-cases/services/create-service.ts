// Saves a new service as a draft (下書き): the seller publishes it with its own step.
import type { ServiceInput } from '../../../shared/api/services';
import { lockActiveAccount } from '../../db/account-lock';
import { writeServiceImages, writeServiceItems } from '../../db/repositories/services';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { assertNotRestricted } from '../../moderation/restrictions';
import { serviceValues } from '../../services/values';

export interface CreateServiceInput {
  sellerId: string;
  service: ServiceInput;
}

export async function createService(deps: Deps, input: CreateServiceInput): Promise<string> {
  const now = deps.clock();
  const values = serviceValues(input.service);
  return inTransaction(deps.db, async (trx) => {
    // A member on the way out starts nothing new.
    await lockActiveAccount(trx, input.sellerId);
    await assertNotRestricted(trx, input.sellerId, 'post', now);
    const row = await trx
      .insertInto('services')
      .values({ ...values, seller_id: input.sellerId, status: 'draft', created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeServiceItems(trx, row.id, input.service, now);
    await writeServiceImages(trx, row.id, input.sellerId, input.service.imageIds);
    return row.id;
  });
}
