// A task's submissions as the API shows them: to the client, every submission with
// whether it may still be rejected under the rejection cap; to a worker, their own.
import { rejectionAllowance } from '../../../domain/jobs/work-money';
import type { RatePpm } from '../../../domain/money/yen';
import type { SubmissionList } from '../../../shared/api/work';
import type { Lang } from '../../../shared/errors';
import type { listSubmissions } from '../../use-cases/tasks/list-submissions';
import { presentParty } from './accounts';

type Listed = Awaited<ReturnType<typeof listSubmissions>>;

export function presentSubmissionList(list: Listed, rejectLimit: RatePpm, lang: Lang): SubmissionList {
  const all = list.isClient ? list.items : [];
  const allowance = rejectionAllowance(
    all.map((s) => ({ id: s.id, workerId: s.worker_id, status: s.status })),
    rejectLimit,
  );
  return {
    items: list.items.map((s) => ({
      id: s.id,
      jobId: s.job_id,
      body: s.body,
      status: s.status,
      rejectReason: s.reject_reason,
      decidedBy: s.decided_by,
      decidedAt: s.decided_at?.toISOString() ?? null,
      createdAt: s.created_at.toISOString(),
      worker: presentParty({ username: s.username, displayName: s.display_name, status: s.user_status }, lang),
      attachments: s.files,
      rejectable: list.isClient ? allowance.rejectable.has(s.id) : null,
    })),
    viewer: { role: list.isClient ? 'client' : 'worker' },
    counts: allowance.counts,
    rejection: allowance.rejection,
    judgeBy: list.judgeBy?.toISOString() ?? null,
  };
}
