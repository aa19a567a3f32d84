// An image of a service, for whoever may see the service: anybody while it is published
// or paused, its seller always.
import { AppError } from '../../../domain/errors';
import { canViewService } from '../../../domain/policies/services';
import type { Deps } from '../../deps';

export interface OpenServiceImageInput {
  serviceId: string;
  imageId: string;
  viewerId: string | null;
}

export async function openServiceImage(deps: Deps, input: OpenServiceImageInput) {
  const row = await deps.db
    .selectFrom('service_images as i')
    .innerJoin('services as s', 's.id', 'i.service_id')
    .innerJoin('users as u', 'u.id', 's.seller_id')
    .innerJoin('attachments as a', 'a.id', 'i.attachment_id')
    .select(['s.seller_id', 's.status', 'u.status as seller_status', 'a.content_type', 'a.size_bytes', 'a.storage_key'])
    .where('i.service_id', '=', input.serviceId)
    .where('i.attachment_id', '=', input.imageId)
    .executeTakeFirst();
  if (!row) throw new AppError('not-found');
  const state = { sellerId: row.seller_id, status: row.status, sellerActive: row.seller_status === 'active' };
  if (!canViewService(state, input.viewerId)) throw new AppError('not-found');
  return { contentType: row.content_type, size: row.size_bytes, stream: deps.files.open(row.storage_key) };
}
