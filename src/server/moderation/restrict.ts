// Imposing a restriction (利用制限): under the member's row lock FOR UPDATE, always with a
// rule, a reason, evidence and an end or "until reviewed"; the member is told what, why,
// until when and how to appeal (notice and mail), the other party of each live contract
// is told of a suspension (without the reason), and a timed restriction's end is a timer.
import { AppError, type FieldError } from '../../domain/errors';
import { appealDeadline, RESTRICTION_MAX_DAYS } from '../../domain/moderation/restrictions';
import { isConflicted } from '../../domain/policies/staff';
import type { RestrictionInput } from '../../shared/api/moderation';
import type { Db } from '../db/database';
import { recordAudit } from '../db/repositories/audit';
import type { Deps } from '../deps';
import { type NoticeInput, notifyMany } from '../notifications/notify';
import { enqueueTask } from '../queue/queue';
import { lockMemberForRestriction } from './restrictions';

export const RESTRICTION_END_TASK = 'restriction.end';
const LIVE_CONTRACT = ['awaiting_escrow', 'in_progress', 'disputed'] as const;

export interface Imposition {
  userId: string;
  staffId: string;
  restriction: RestrictionInput;
  /** Where the body's fields are, for field errors (`/restriction` inside a report's decision). */
  pointer?: string;
}

export async function imposeRestriction(trx: Db, deps: Deps, input: Imposition, now: Date): Promise<string> {
  const r = input.restriction;
  const at = input.pointer ?? '';
  if (isConflicted(input.staffId, [input.userId])) throw new AppError('staff-conflict-of-interest');
  const endsAt = checkRestriction(r, at, now);

  const member = await lockMemberForRestriction(trx, input.userId);
  if (!member || member.status === 'withdrawn') throw new AppError('not-found');
  if (r.reportIds.length > 0) {
    const found = await trx
      .selectFrom('reports')
      .select('id')
      .where('id', 'in', r.reportIds)
      .where('target_user_id', '=', input.userId)
      .execute();
    if (found.length !== new Set(r.reportIds).size) throw AppError.field(`${at}/reportIds`, 'invalid-choice');
  }
  const row = await trx
    .insertInto('account_restrictions')
    .values({
      user_id: input.userId,
      kind: r.kind,
      article: r.article,
      reason: r.reason,
      evidence_report_ids: r.reportIds,
      evidence_text: r.evidence,
      starts_at: now,
      ends_at: endsAt,
      created_by: input.staffId,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(trx, {
    actorUserId: input.staffId,
    action: 'restriction.imposed',
    subjectType: 'user',
    subjectId: input.userId,
    data: {
      restrictionId: row.id,
      kind: r.kind,
      article: r.article,
      endsAt: endsAt?.toISOString() ?? null,
      reportIds: r.reportIds,
    },
    now,
  });
  await notifyMany(trx, deps.config.publicUrl, await noticesOf(trx, input, endsAt, now), now);
  if (endsAt)
    await enqueueTask(
      trx,
      { kind: RESTRICTION_END_TASK, payload: { restrictionId: row.id }, runAt: endsAt, dedupeKey: `restriction.end:${row.id}` },
      now,
    );
  return row.id;
}

/** The end (null: until reviewed); refuses an end in the past or too far, and no evidence. */
function checkRestriction(r: RestrictionInput, at: string, now: Date): Date | null {
  const issues: FieldError[] = [];
  const endsAt = r.endsAt === null ? null : new Date(r.endsAt);
  if (endsAt && (endsAt.getTime() <= now.getTime() || endsAt.getTime() > now.getTime() + RESTRICTION_MAX_DAYS * 86_400_000))
    issues.push({ pointer: `${at}/endsAt`, code: 'restriction-end-invalid', params: { max: RESTRICTION_MAX_DAYS } });
  if (r.reportIds.length === 0 && r.evidence.length === 0) issues.push({ pointer: `${at}/evidence`, code: 'required' });
  if (issues.length > 0) throw new AppError('validation-failed', {}, issues);
  return endsAt;
}

/** The member's notice (what, why, until when, how to appeal); for a suspension, each live contract's other party. */
async function noticesOf(trx: Db, input: Imposition, endsAt: Date | null, now: Date): Promise<NoticeInput[]> {
  const r = input.restriction;
  const evidence = [r.reportIds.length > 0 ? `通報${r.reportIds.length}件` : '', r.evidence].filter(Boolean).join(' / ');
  const notices: NoticeInput[] = [
    {
      userId: input.userId,
      kind: 'restriction.imposed',
      params: {
        kind: r.kind,
        article: r.article,
        reason: r.reason,
        evidence,
        endsAt: endsAt?.toISOString() ?? null,
        appealUntil: appealDeadline({ startsAt: now }).toISOString(),
      },
      link: '/mypage/restrictions',
    },
  ];
  if (r.kind === 'suspended') {
    const contracts = await trx
      .selectFrom('contracts')
      .select(['id', 'title', 'client_id', 'worker_id'])
      .where((eb) => eb.or([eb('client_id', '=', input.userId), eb('worker_id', '=', input.userId)]))
      .where('status', 'in', LIVE_CONTRACT)
      .execute();
    for (const c of contracts) {
      notices.push({
        userId: c.client_id === input.userId ? c.worker_id : c.client_id,
        kind: 'restriction.counterparty_suspended',
        params: { title: c.title },
        link: `/contracts/${c.id}`,
      });
    }
  }
  return notices;
}
