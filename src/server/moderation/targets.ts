// What a report is about: the content as the reporter can see it, the member answerable
// for it, and a snapshot of it (the evidence, kept when the content is later removed).
// A target the reporter cannot see is "not found", as anywhere else.
import { AppError } from '../../domain/errors';
import type { ReportTargetKind } from '../../domain/moderation/reports';
import { canViewService } from '../../domain/policies/services';
import type { Db } from '../db/database';
import type { ReportSnapshot } from '../db/schema';
import { threadLink } from '../threads/threads';

export interface ResolvedTarget {
  /** The canonical id stored with the report. */
  id: string;
  userId: string;
  snapshot: ReportSnapshot;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidOr404 = (id: string) => {
  if (!UUID.test(id)) throw new AppError('not-found');
  return id.toLowerCase();
};

export async function resolveTarget(
  db: Db,
  kind: ReportTargetKind,
  rawId: string,
  viewerId: string,
  now: Date,
): Promise<ResolvedTarget> {
  const at = now.toISOString();
  switch (kind) {
    case 'member': {
      const u = await db
        .selectFrom('users as u')
        .leftJoin('profiles as p', 'p.user_id', 'u.id')
        .select(['u.id', 'u.username', 'u.display_name', 'u.status', 'u.email_verified_at', 'p.bio'])
        .where('u.username', '=', rawId.replace(/^@/, '').toLowerCase())
        .executeTakeFirst();
      if (u?.status !== 'active' || !u.email_verified_at) throw new AppError('not-found');
      return {
        id: u.username,
        userId: u.id,
        snapshot: { title: u.display_name ?? u.username, text: u.bio ?? '', link: `/users/${u.username}`, at },
      };
    }
    case 'job': {
      const j = await db
        .selectFrom('jobs')
        .select(['id', 'client_id', 'status', 'title', 'description'])
        .where('id', '=', uuidOr404(rawId))
        .executeTakeFirst();
      if (!j || ((j.status === 'draft' || j.status === 'cancelled') && j.client_id !== viewerId)) throw new AppError('not-found');
      return { id: j.id, userId: j.client_id, snapshot: { title: j.title, text: j.description, link: `/jobs/${j.id}`, at } };
    }
    case 'service': {
      const s = await db
        .selectFrom('services as s')
        .innerJoin('users as u', 'u.id', 's.seller_id')
        .select(['s.id', 's.seller_id', 's.status', 's.title', 's.description', 'u.status as seller_status'])
        .where('s.id', '=', uuidOr404(rawId))
        .executeTakeFirst();
      if (
        !s ||
        !canViewService({ sellerId: s.seller_id, status: s.status, sellerActive: s.seller_status === 'active' }, viewerId)
      )
        throw new AppError('not-found');
      return { id: s.id, userId: s.seller_id, snapshot: { title: s.title, text: s.description, link: `/services/${s.id}`, at } };
    }
    case 'message':
      return messageTarget(db, rawId, viewerId);
    case 'review':
      return reviewTarget(db, rawId, viewerId, at);
  }
}

/** Whether the reported content is still there (not removed, erased or withdrawn). */
export async function contentPresent(db: Db, kind: ReportTargetKind, id: string): Promise<boolean> {
  switch (kind) {
    case 'member':
      return !!(await db
        .selectFrom('users')
        .select('id')
        .where('username', '=', id)
        .where('status', '=', 'active')
        .executeTakeFirst());
    case 'job':
      return !!(await db
        .selectFrom('jobs')
        .select('id')
        .where('id', '=', id)
        .where('closed_reason', 'is distinct from', 'staff')
        .executeTakeFirst());
    case 'service':
      return !!(await db
        .selectFrom('services')
        .select('id')
        .where('id', '=', id)
        .where('hidden_reason', 'is distinct from', 'staff')
        .executeTakeFirst());
    case 'message':
      return !!(await db
        .selectFrom('messages')
        .select('id')
        .where('id', '=', Number(id))
        .where('removed_at', 'is', null)
        .executeTakeFirst());
    case 'review':
      return !!(await db
        .selectFrom('reviews')
        .select('id')
        .where('id', '=', id)
        .where('hidden_at', 'is', null)
        .executeTakeFirst());
  }
}

async function messageTarget(db: Db, rawId: string, viewerId: string): Promise<ResolvedTarget> {
  if (!/^\d{1,18}$/.test(rawId)) throw new AppError('not-found');
  // Only a member of the thread sees its messages: anyone else's thread is not found.
  const m = await db
    .selectFrom('messages as m')
    .innerJoin('threads as t', 't.id', 'm.thread_id')
    .innerJoin('thread_members as tm', (j) => j.onRef('tm.thread_id', '=', 'm.thread_id').on('tm.user_id', '=', viewerId))
    .select([
      'm.id',
      'm.sender_id',
      'm.body',
      'm.created_at',
      'm.removed_at',
      't.id as thread_id',
      't.subject_type',
      't.subject_id',
    ])
    .where('m.id', '=', Number(rawId))
    .executeTakeFirst();
  if (!m || m.removed_at) throw new AppError('not-found');
  return {
    id: String(m.id),
    userId: m.sender_id,
    snapshot: { text: m.body, link: threadLink(m.subject_type, m.subject_id, m.thread_id), at: m.created_at.toISOString() },
  };
}

async function reviewTarget(db: Db, rawId: string, viewerId: string, at: string): Promise<ResolvedTarget> {
  const r = await db
    .selectFrom('reviews as r')
    .innerJoin('contracts as k', 'k.id', 'r.contract_id')
    .select(['r.id', 'r.reviewer_id', 'r.reviewee_id', 'r.comment', 'r.hidden_at', 'k.reviews_revealed_at', 'k.title'])
    .where('r.id', '=', uuidOr404(rawId))
    .executeTakeFirst();
  // A review is seen once revealed (on the reviewee's profile), and by its two parties.
  const party = r && (r.reviewer_id === viewerId || r.reviewee_id === viewerId);
  if (!r || r.hidden_at || (!r.reviews_revealed_at && !party)) throw new AppError('not-found');
  return { id: r.id, userId: r.reviewer_id, snapshot: { title: r.title, text: r.comment, at } };
}
