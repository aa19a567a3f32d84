// Replaces a service's editable fields. The editor sends the version it loaded: an edit
// made meanwhile elsewhere is not overwritten (409). A service buyers can see must stay
// publishable. Orders already placed keep the terms they copied.
import { AppError } from '../../../domain/errors';
import { CATEGORY_KEYS } from '../../../domain/jobs/categories';
import { isPublicService } from '../../../domain/services/process';
import { publishIssues } from '../../../domain/services/publish';
import type { ServiceInput } from '../../../shared/api/services';
import { lockActiveAccount } from '../../db/account-lock';
import { writeServiceImages, writeServiceItems } from '../../db/repositories/services';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { assertNotRestricted } from '../../moderation/restrictions';
import { lockOwnService } from '../../services/access';
import { serviceValues } from '../../services/values';

export interface UpdateServiceInput {
  sellerId: string;
  serviceId: string;
  service: ServiceInput;
}

export async function updateService(deps: Deps, input: UpdateServiceInput): Promise<void> {
  const now = deps.clock();
  if (input.service.version === undefined) throw AppError.field('/version', 'required');
  const values = serviceValues(input.service);
  await inTransaction(deps.db, async (trx) => {
    await lockActiveAccount(trx, input.sellerId);
    const service = await lockOwnService(trx, input.serviceId, input.sellerId);
    if (service.version !== input.service.version)
      throw new AppError('service-edited-elsewhere', { currentVersion: service.version });
    if (isPublicService(service.status)) {
      // Changing what buyers see is posting; a draft or hidden service may still be edited.
      await assertNotRestricted(trx, input.sellerId, 'post', now);
      const issues = publishIssues(input.service, (k) => CATEGORY_KEYS.includes(k));
      if (issues.length > 0) throw new AppError('service-not-publishable', {}, issues);
    }
    await trx
      .updateTable('services')
      .set({ ...values, version: service.version + 1, updated_at: now })
      .where('id', '=', service.id)
      .execute();
    await writeServiceItems(trx, service.id, input.service, now);
    await writeServiceImages(trx, service.id, input.sellerId, input.service.imageIds);
  });
}
