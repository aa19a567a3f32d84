// Explicit whitelists of what leaves the server.

import { postingBudgetYen } from '../../domain/jobs/posting';
import { reviewScore } from '../../domain/reviews/reviews';
import type { Blocker as DomainBlocker } from '../../domain/withdrawal/eligibility';
import { WITHDRAWN_NAME } from '../../domain/withdrawal/retention';
import type { Me } from '../../shared/api/accounts';
import type { Application, Offer } from '../../shared/api/applications';
import type { JobDetail, JobSummary } from '../../shared/api/jobs';
import type { Blocker } from '../../shared/api/withdrawal';
import type { Lang } from '../../shared/errors';
import type { AttachmentInfo } from '../attachments/attachments';
import type { ApplicationView } from '../db/repositories/applications';
import type { JobWithClient } from '../db/repositories/jobs';
import type { OfferView } from '../db/repositories/offers';
import type { SessionUser } from '../db/repositories/sessions';
import type { UserRow } from '../db/repositories/users';
import { threadLink } from '../threads/threads';
import type { ThreadRow } from '../use-cases/messages';

export function presentMe(user: SessionUser['user'] | UserRow): Me {
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name ?? '',
    email: user.email ?? '',
    emailVerified: user.email_verified_at !== null,
    intent: user.intent,
    staffRole: user.staff_role,
    createdAt: user.created_at.toISOString(),
    withdrawing: user.status === 'withdrawing',
  };
}

/** A blocker in the caller's language, as the pre-check and the 409 problem show it. */
export function presentBlocker(blocker: DomainBlocker, lang: Lang): Blocker {
  const { rule } = blocker;
  return {
    code: rule.code,
    role: rule.role,
    title: rule.title[lang],
    explanation: rule.explanation[lang],
    count: blocker.count,
    items: blocker.items.map((item) => ({
      id: item.id,
      title: item.title,
      link: item.link,
      clearsAt: item.clearsAt?.toISOString() ?? null,
      expectedAt: item.expectedAt?.toISOString() ?? null,
      followedBy: (item.followedBy ?? []).map((f) => ({ code: f.code, itemId: f.itemId, note: f.note[lang] })),
      resolve: item.resolve
        ? {
            method: 'POST' as const,
            href: item.resolve.href,
            label: item.resolve.label[lang],
            confirm: item.resolve.confirm[lang],
            done: item.resolve.done[lang],
            startsWait: item.resolve.startsWait?.[lang] ?? null,
          }
        : null,
    })),
    resolve: { label: rule.resolve.label[lang], link: rule.resolve.link },
    clearsAt: blocker.clearsAt?.toISOString() ?? null,
  };
}

export function presentParty(p: { username: string; displayName: string | null; status: string }, lang: Lang) {
  const withdrawn = p.status === 'withdrawn';
  return { username: p.username, displayName: withdrawn ? WITHDRAWN_NAME[lang] : (p.displayName ?? ''), withdrawn };
}

/** A review (評価) row with its author, as the contract page and profiles show it. */
export function presentReview(
  r: {
    id: string;
    reviewer_role: 'client' | 'worker';
    username: string;
    display_name: string | null;
    status: string;
    skill: number;
    quality: number;
    schedule: number;
    communication: number;
    partnership: number;
    comment: string;
    created_at: Date;
  },
  lang: Lang,
) {
  return {
    id: r.id,
    reviewerRole: r.reviewer_role,
    reviewer: presentParty({ username: r.username, displayName: r.display_name, status: r.status }, lang),
    skill: r.skill,
    quality: r.quality,
    schedule: r.schedule,
    communication: r.communication,
    partnership: r.partnership,
    comment: r.comment,
    score: reviewScore(r),
    createdAt: r.created_at.toISOString(),
  };
}

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
    viewer: { isOwner: viewerId === j.client_id },
    work,
  };
}

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
    client: presentParty({ username: a.client_username, displayName: a.client_display_name, status: a.client_status }, lang),
    threadId: a.thread_id,
    attachments,
    contractId: a.contract_id,
    viewer: { role: viewerId === a.worker_id ? 'worker' : 'client' },
  };
}

export function presentThread(t: ThreadRow, lang: Lang) {
  return {
    id: t.id,
    subjectType: t.subject_type,
    subjectId: t.subject_id,
    title: t.title,
    link: threadLink(t.subject_type, t.subject_id, t.id),
    otherParty: presentParty({ username: t.other_username, displayName: t.other_display_name, status: t.other_status }, lang),
    lastMessageAt: t.last_message_at?.toISOString() ?? null,
    unreadCount: t.unread,
  };
}

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
