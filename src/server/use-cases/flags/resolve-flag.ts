// Staff resolve a flag with a note (what they looked at and decided). Compare-and-set on
// the open flag, with its audit row in the same transaction; a flag already resolved by
// someone else is `flag-resolved`. Nobody resolves a flag about themselves.
import { AppError } from '../../../domain/errors';
import { recordAudit } from '../../db/repositories/audit';
import type { Deps } from '../../deps';

export interface ResolveFlagInput {
  staffId: string;
  flagId: number;
  note: string;
}

export async function resolveFlag(deps: Deps, input: ResolveFlagInput): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const flag = await trx
      .selectFrom('member_flags')
      .select(['id', 'kind', 'user_id', 'contract_id', 'resolved_at'])
      .where('id', '=', input.flagId)
      .executeTakeFirst();
    if (!flag) throw new AppError('not-found');
    if (flag.user_id === input.staffId) throw new AppError('staff-conflict-of-interest');
    const done = await trx
      .updateTable('member_flags')
      .set({ resolved_by: input.staffId, resolved_at: now, resolution_note: input.note })
      .where('id', '=', input.flagId)
      .where('resolved_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!done) throw new AppError('flag-resolved');
    await recordAudit(trx, {
      actorUserId: input.staffId,
      action: 'flag.resolved',
      subjectType: 'user',
      subjectId: flag.user_id,
      data: { flagId: String(flag.id), kind: flag.kind, contractId: flag.contract_id, note: input.note },
      now,
    });
  });
}
