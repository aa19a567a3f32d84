// Staff decide a held item (moderator, admin). Approve: in ONE transaction the status
// moves from pending by compare-and-set, the write is made as its author asked (the same
// use case, run inside this transaction) and the author is told — so a crash anywhere
// leaves either all of it or none of it (the item still pending, to approve again), never
// a write made twice or an approved item whose write was lost. Two approvals at once make
// it once, the second is told it was decided. If the write is no longer possible (the job
// closed, the thread ended), that transaction is undone and the item is marked failed, by
// the same compare-and-set from pending, and the author is told why.
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
async function claim(
  trx: Db,
  input: DecideHeldItemInput,
  status: 'approved' | 'rejected' | 'failed',
  now: Date,
  failure: string | null = null,
): Promise<HeldItemRow> {
  const before = await findHeldItem(trx, input.heldItemId);
  if (!before) throw new AppError('not-found');
  // Staff never decide their own writes.
  if (isConflicted(input.staffId, [before.author_id])) throw new AppError('staff-conflict-of-interest');
  const moved = await trx
    .updateTable('held_items')
    .set({ status, decided_by: input.staffId, decision_note: input.note || null, decided_at: now, failure_code: failure })
    .where('id', '=', input.heldItemId)
    .where('status', '=', 'pending')
    .returning('id')
    .executeTakeFirst();
  if (!moved) throw new AppError('held-item-decided');
  await recordAudit(trx, {
    actorUserId: input.staffId,
    action: `held-item.${{ approved: 'approve', rejected: 'reject', failed: 'fail' }[status]}`,
    subjectType: 'held_item',
    subjectId: before.id,
    data: { kind: before.kind, authorId: before.author_id, note: input.note, ...(failure ? { code: failure } : {}) },
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

/** The replay of the author's write failed: why, as a problem code. */
class ReplayFailed extends Error {
  constructor(readonly failure: string) {
    super(failure);
  }
}

export async function approveHeldItem(deps: Deps, input: DecideHeldItemInput): Promise<'approved' | 'failed'> {
  const now = deps.clock();
  let failure: string;
  try {
    await inTransaction(deps.db, async (trx) => {
      const item = await claim(trx, input, 'approved', now);
      try {
        if (!isScreeningKind(item.kind)) throw new AppError('not-found');
        // The use case joins this transaction (it opens its own only when there is none).
        await SCREENING_KINDS[item.kind].run({ ...deps, db: trx }, item.author_id, item.target_id, item.input as never);
      } catch (error) {
        throw new ReplayFailed(error instanceof AppError ? error.code : 'internal-error');
      }
      await notify(
        trx,
        deps.config.publicUrl,
        { userId: item.author_id, kind: 'screening.approved', params: whatOf(item.kind), link: LINK },
        now,
      );
    });
    return 'approved';
  } catch (error) {
    if (!(error instanceof ReplayFailed)) throw error;
    failure = error.failure;
  }
  await inTransaction(deps.db, async (trx) => {
    const item = await claim(trx, input, 'failed', now, failure);
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
  });
  return 'failed';
}
