import type { Application } from '../../../shared/api/applications';
import type { Lang } from '../../../shared/errors';
import type { AttachmentInfo } from '../../attachments/attachments';
import type { ApplicationView } from '../../db/repositories/applications';
import { presentParty } from './accounts';

export function presentApplication(
  a: ApplicationView,
  lang: Lang,
  viewerId: string,
  attachments: AttachmentInfo[] = [],
): Application {
  return {
    id: a.id,
    status: a.status,
    shortlisted: a.shortlisted,
    proposal: a.proposal,
    quotedAmount: a.quoted_amount,
    deliveryDays: a.delivery_days,
    declineReason: a.decline_reason,
    expiresAt: a.expires_at.toISOString(),
    decidedAt: a.decided_at?.toISOString() ?? null,
    createdAt: a.created_at.toISOString(),
    job: {
      id: a.job_id,
      title: a.job_title,
      kind: a.job_kind,
      status: a.job_status,
      deadline: a.job_deadline.toISOString(),
      hires: a.job_hires,
    },
    worker: presentParty({ username: a.worker_username, displayName: a.worker_display_name, status: a.worker_status }, lang),
    workerInvoiceNumber: a.worker_status === 'active' ? a.worker_invoice_number : null,
    client: presentParty({ username: a.client_username, displayName: a.client_display_name, status: a.client_status }, lang),
    threadId: a.thread_id,
    attachments,
    contractId: a.contract_id,
    viewer: { role: viewerId === a.worker_id ? 'worker' : 'client' },
  };
}
