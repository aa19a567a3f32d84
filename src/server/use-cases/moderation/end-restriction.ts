// A timed restriction's end (the `restriction.end` timer): the restriction stops by its
// end date on its own (restrictionState reads ends_at); this tells the member, once, if it
// was not lifted before.

import { recordAudit } from '../../db/repositories/audit';
import type { Deps } from '../../deps';
import { lockRestrictionRow } from '../../moderation/rows';
import { notify } from '../../notifications/notify';

export async function endRestriction(deps: Deps, restrictionId: string, now: Date): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const r = await lockRestrictionRow(trx, restrictionId);
    if (!r || r.lifted_at || !r.ends_at || r.ends_at.getTime() > now.getTime()) return;
    await recordAudit(trx, {
      actorUserId: null,
      action: 'restriction.ended',
      subjectType: 'user',
      subjectId: r.user_id,
      data: { restrictionId: r.id },
      now,
    });
    await notify(
      trx,
      deps.config.publicUrl,
      { userId: r.user_id, kind: 'restriction.ended', params: { kind: r.kind }, link: '/mypage/restrictions' },
      now,
    );
  });
}
