// Staff decide a held item (moderator, admin). Approve: the status moves from pending by
// compare-and-set, then the write is made as its author asked, once — two approvals at
// once make it once, the second is told it was decided. If the write is no longer possible
// (the job closed, the thread ended), the item is marked failed and the author is told why.
// Reject: with a note the author reads in the notice. Each decision is audited.
import { AppError } from '../../../domain/errors';
import { isConflicted } from '../../../domain/policies/staff';
import { isProblemCode, PROBLEMS } from '../../../shared/errors';
import type { Db } from '../../db/database';
import { recordAudit } from '../../db/repositories/audit';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { notify } from '../../notifications/notify';
import { findHeldItem, type HeldItemRow } from '../../screening/held-items';
import { isScreeningKind, SCREENING_KINDS } from '../../screening/kinds';

export interface DecideHeldItemInput {
  staffId: string;
  heldItemId: string;
  note: string;
}

const LINK = '/me/held';

function whatOf(kind: string) {
  const what = isScreeningKind(kind) ? SCREENING_KINDS[kind].what : { ja: '投稿', en: 'post' };
  return { whatJa: what.ja, whatEn: what.en };
}

/** Moves a pending item to `status`, or says why it cannot. */
async function claim(trx: Db, input: DecideHeldItemInput, status: 'approved' | 'rejected', now: Date): Promise<HeldItemRow> {
  const before = await findHeldItem(trx, input.heldItemId);
  if (!before) throw new AppError('not-found');
  // Staff never decide their own writes.
  if (isConflicted(input.staffId, [before.author_id])) throw new AppError('staff-conflict-of-interest');
  const moved = await trx
    .updateTable('held_items')
    .set({ status, decided_by: input.staffId, decision_note: input.note || null, decided_at: now })
    .where('id', '=', input.heldItemId)
    .where('status', '=', 'pending')
    .returning('id')
    .executeTakeFirst();
  if (!moved) throw new AppError('held-item-decided');
  await recordAudit(trx, {
    actorUserId: input.staffId,
    action: `held-item.${status === 'approved' ? 'approve' : 'reject'}`,
    subjectType: 'held_item',
    subjectId: before.id,
    data: { kind: before.kind, authorId: before.author_id, note: input.note },
    now,
  });
  return before;
}

export async function rejectHeldItem(deps: Deps, input: DecideHeldItemInput): Promise<void> {
  const now = deps.clock();
  await inTransaction(deps.db, async (trx) => {
    const item = await claim(trx, input, 'rejected', now);
    await notify(
      trx,
      deps.config.publicUrl,
      { userId: item.author_id, kind: 'screening.rejected', params: { ...whatOf(item.kind), note: input.note }, link: LINK },
      now,
    );
  });
}

export async function approveHeldItem(deps: Deps, input: DecideHeldItemInput): Promise<'approved' | 'failed'> {
  const now = deps.clock();
  const item = await inTransaction(deps.db, (trx) => claim(trx, input, 'approved', now));
  let failure: string | null = null;
  try {
    if (!isScreeningKind(item.kind)) throw new AppError('not-found');
    const kind = SCREENING_KINDS[item.kind];
    await kind.run(deps, item.author_id, item.target_id, item.input as never);
  } catch (error) {
    failure = error instanceof AppError ? error.code : 'internal-error';
  }
  await inTransaction(deps.db, async (trx) => {
    if (failure === null) {
      await notify(
        trx,
        deps.config.publicUrl,
        { userId: item.author_id, kind: 'screening.approved', params: whatOf(item.kind), link: LINK },
        now,
      );
      return;
    }
    await trx
      .updateTable('held_items')
      .set({ status: 'failed', failure_code: failure })
      .where('id', '=', item.id)
      .where('status', '=', 'approved')
      .execute();
    const def = isProblemCode(failure) ? PROBLEMS[failure] : PROBLEMS['internal-error'];
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: item.author_id,
        kind: 'screening.failed',
        params: { ...whatOf(item.kind), problemJa: def.ja.detail, problemEn: def.en.detail },
        link: LINK,
      },
      now,
    );
    await recordAudit(trx, {
      actorUserId: input.staffId,
      action: 'held-item.fail',
      subjectType: 'held_item',
      subjectId: item.id,
      data: { kind: item.kind, code: failure },
      now,
    });
  });
  return failure === null ? 'approved' : 'failed';
}
