import type { Offer } from '../../../shared/api/applications';
import type { Lang } from '../../../shared/errors';
import type { OfferView } from '../../db/repositories/offers';
import { presentParty } from './accounts';

export function presentOffer(o: OfferView, lang: Lang, viewerId: string): Offer {
  return {
    id: o.id,
    status: o.status,
    message: o.message,
    amount: o.amount,
    declineReason: o.decline_reason,
    expiresAt: o.expires_at.toISOString(),
    decidedAt: o.decided_at?.toISOString() ?? null,
    createdAt: o.created_at.toISOString(),
    job: { id: o.job_id, title: o.job_title, kind: o.job_kind, status: o.job_status },
    worker: presentParty({ username: o.worker_username, displayName: o.worker_display_name, status: o.worker_status }, lang),
    client: presentParty({ username: o.client_username, displayName: o.client_display_name, status: o.client_status }, lang),
    threadId: o.thread_id,
    contractId: o.contract_id,
    viewer: { role: viewerId === o.worker_id ? 'worker' : 'client' },
  };
}
