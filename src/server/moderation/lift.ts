// Lifting a restriction, as staff do it directly (lift) or by granting an appeal: the
// member's row then the restriction's, locked in the order restricting takes them; the
// restriction marked lifted with who and why, its end timer cancelled; the member told.
import { AppError } from '../../domain/errors';
import type { Db } from '../db/database';
import type { Deps } from '../deps';
import { notify } from '../notifications/notify';
import { cancelTask } from '../queue/queue';
import { lockMemberForRestriction } from './restrictions';
import { lockRestrictionRow } from './rows';

export type LockedRestriction = NonNullable<Awaited<ReturnType<typeof lockRestrictionRow>>>;

/** The restriction FOR UPDATE, after its member's row (one lock order); not found if missing. */
export async function lockRestrictionForChange(trx: Db, restrictionId: string): Promise<LockedRestriction> {
  const peek = await trx.selectFrom('account_restrictions').select('user_id').where('id', '=', restrictionId).executeTakeFirst();
  if (!peek) throw new AppError('not-found');
  await lockMemberForRestriction(trx, peek.user_id);
  const r = await lockRestrictionRow(trx, restrictionId);
  if (!r) throw new AppError('not-found');
  return r;
}

/** Lifts it (unless it was already) and tells the member, with the reason. */
export async function liftLocked(
  trx: Db,
  deps: Deps,
  r: LockedRestriction,
  lift: { staffId: string; reason: string },
  now: Date,
): Promise<void> {
  if (!r.lifted_at) {
    await trx
      .updateTable('account_restrictions')
      .set({ lifted_at: now, lifted_by: lift.staffId, lift_reason: lift.reason })
      .where('id', '=', r.id)
      .execute();
    await cancelTask(trx, `restriction.end:${r.id}`, now);
  }
  await notify(
    trx,
    deps.config.publicUrl,
    {
      userId: r.user_id,
      kind: 'restriction.lifted',
      params: { kind: r.kind, reason: lift.reason },
      link: '/mypage/restrictions',
    },
    now,
  );
}
