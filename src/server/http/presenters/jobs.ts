import { postingBudgetYen } from '../../../domain/jobs/posting';
import type { JobDetail, JobSummary } from '../../../shared/api/jobs';
import type { Lang } from '../../../shared/errors';
import type { JobWithClient } from '../../db/repositories/jobs';
import { presentParty } from './accounts';

export function presentJobSummary(j: JobWithClient, lang: Lang): JobSummary {
  const draft = {
    kind: j.kind,
    deadline: j.deadline,
    deliveryDate: j.delivery_date,
    budgetMin: j.budget_min,
    budgetMax: j.budget_max,
    hires: j.hires,
    taskSlots: j.task_slots,
    taskUnitPrice: j.task_unit_price,
    prize: j.prize,
  };
  const flat = j.description.replace(/\s+/g, ' ').trim();
  return {
    id: j.id,
    kind: j.kind,
    status: j.status,
    title: j.title,
    excerpt: [...flat].length > 120 ? `${[...flat].slice(0, 120).join('')}…` : flat,
    category: j.category,
    tags: j.tags,
    budget: postingBudgetYen(draft),
    deadline: j.deadline.toISOString(),
    publishedAt: j.published_at?.toISOString() ?? null,
    client: presentParty({ username: j.client_username, displayName: j.client_display_name, status: j.client_status }, lang),
  };
}

export function presentJobDetail(
  j: JobWithClient,
  lang: Lang,
  viewerId: string | null,
  work: JobDetail['work'] = null,
): JobDetail {
  return {
    ...presentJobSummary(j, lang),
    description: j.description,
    deliveryDate: j.delivery_date,
    budgetMin: j.budget_min,
    budgetMax: j.budget_max,
    hires: j.hires,
    milestonesWished: j.milestones_wished,
    taskSlots: j.task_slots,
    taskUnitPrice: j.task_unit_price,
    taskWorkerLimit: j.kind === 'task' ? j.task_worker_limit : null,
    taskInstructions: j.task_instructions,
    prize: j.prize,
    entryRules: j.entry_rules,
    allowNoWinner: j.allow_no_winner,
    closedAt: j.closed_at?.toISOString() ?? null,
    closedReason: j.closed_reason,
    createdAt: j.created_at.toISOString(),
    updatedAt: j.updated_at.toISOString(),
    viewer: { isOwner: viewerId === j.client_id, unavailable: false },
    work,
  };
}
