// Staff decide an open report, citing an article of the terms: dismiss it, warn the
// member, remove the content, or restrict the account. The member concerned is told what
// and why; the reporter is told the outcome in general terms. The other open reports on
// the same content or member are decided with it, with the same outcome: each of their
// reporters is told, and each is audited.
import { AppError } from '../../../domain/errors';
import { canRemove, type ReportTargetKind, reportOutcome } from '../../../domain/moderation/reports';
import { isConflicted } from '../../../domain/policies/staff';
import type { DecideReportBody } from '../../../shared/api/moderation';
import type { Db } from '../../db/database';
import { recordAudit } from '../../db/repositories/audit';
import type { Deps } from '../../deps';
import { removeContent } from '../../moderation/remove-content';
import { imposeRestriction } from '../../moderation/restrict';
import { excerpt, snapshotOf } from '../../moderation/rows';
import { type NoticeInput, notifyMany } from '../../notifications/notify';

export async function decideReport(
  deps: Deps,
  input: { staffId: string; reportId: string; decision: DecideReportBody },
): Promise<void> {
  const now = deps.clock();
  const d = input.decision;
  await deps.db.transaction().execute(async (trx) => {
    const locked = await lockReportsOnTarget(trx, input.reportId);
    const report = locked.find((r) => r.id === input.reportId);
    if (!report) throw new AppError('not-found');
    if (isConflicted(input.staffId, [report.reporter_id, report.target_user_id]))
      throw new AppError('staff-conflict-of-interest');
    if (report.status !== 'open') throw new AppError('report-decided');
    // A staff member who reported the same content leaves their own report to a colleague.
    const siblings = locked.filter(
      (r) => r.id !== report.id && r.status === 'open' && !isConflicted(input.staffId, [r.reporter_id]),
    );
    const text = excerpt(snapshotOf(report.snapshot).text, 200);
    const notices: NoticeInput[] = [];
    let article: string | null;
    let note: string;
    if (d.action === 'restrict') {
      article = d.restriction.article;
      note = d.restriction.reason;
      await imposeRestriction(
        trx,
        deps,
        {
          userId: report.target_user_id,
          staffId: input.staffId,
          restriction: { ...d.restriction, reportIds: [report.id, ...siblings.map((r) => r.id)] },
          pointer: '/restriction',
        },
        now,
      );
    } else {
      article = d.article;
      note = d.note;
      if (d.action === 'remove') {
        if (report.target_kind === 'member' || !canRemove(report.target_kind)) throw new AppError('report-not-removable');
        await removeContent(trx, report.target_kind, report.target_id, input.staffId, now);
      }
      if (d.action === 'warn' || d.action === 'remove')
        notices.push(await recordAction(trx, report, d, input.staffId, text, now));
    }
    const outcome = reportOutcome(d.action);
    const decided = [report, ...siblings];
    await trx
      .updateTable('reports')
      .set({ status: outcome, article, outcome_note: note, decided_by: input.staffId, decided_at: now })
      .where(
        'id',
        'in',
        decided.map((r) => r.id),
      )
      .where('status', '=', 'open')
      .execute();
    for (const r of decided) {
      notices.push({ userId: r.reporter_id, kind: 'report.decided', params: { outcome }, link: '/mypage/reports' });
      await recordAudit(trx, {
        actorUserId: input.staffId,
        action: `report.${outcome}`,
        subjectType: 'report',
        subjectId: r.id,
        data: {
          article,
          targetKind: r.target_kind,
          memberId: r.target_user_id,
          ...(r.id === report.id ? { alsoDecided: siblings.map((s) => s.id) } : { decidedWith: report.id }),
        },
        now,
      });
    }
    await notifyMany(trx, deps.config.publicUrl, notices, now);
  });
}

/**
 * The report and every other report on the same content or member, FOR UPDATE in id
 * order: two staff deciding two reports on one target take the locks in the same order.
 */
async function lockReportsOnTarget(trx: Db, reportId: string) {
  const peek = await trx.selectFrom('reports').select(['target_kind', 'target_id']).where('id', '=', reportId).executeTakeFirst();
  if (!peek) return [];
  return trx
    .selectFrom('reports')
    .selectAll()
    .where('target_kind', '=', peek.target_kind)
    .where('target_id', '=', peek.target_id)
    .where((eb) => eb.or([eb('status', '=', 'open'), eb('id', '=', reportId)]))
    .orderBy('id')
    .forUpdate()
    .execute();
}

type Report = { id: string; target_user_id: string; target_kind: ReportTargetKind; target_id: string };

/** A warning or removal on the member's record, and what they are told. */
async function recordAction(
  trx: Db,
  report: Report,
  d: Extract<DecideReportBody, { action: 'warn' | 'remove' }>,
  staffId: string,
  text: string,
  now: Date,
): Promise<NoticeInput> {
  await trx
    .insertInto('moderation_actions')
    .values({
      user_id: report.target_user_id,
      report_id: report.id,
      kind: d.action,
      article: d.article,
      note: d.note,
      content_kind: report.target_kind,
      content_id: report.target_id,
      content_excerpt: text,
      actor_id: staffId,
      created_at: now,
    })
    .execute();
  return d.action === 'warn'
    ? {
        userId: report.target_user_id,
        kind: 'moderation.warned',
        params: { article: d.article, note: d.note, excerpt: text },
        link: '/notifications',
      }
    : {
        userId: report.target_user_id,
        kind: 'moderation.removed',
        params: { content: report.target_kind, article: d.article, note: d.note, excerpt: text },
        link: '/notifications',
      };
}
