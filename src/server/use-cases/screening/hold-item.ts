// A member sends a caught write for staff review: the exact validated input, what screening
// found in it and the member's reason are kept as a held item, pending. The member must
// still be able to write there (an active account; a member of the thread).

import { lockActiveAccount } from '../../db/account-lock';
import type { Db } from '../../db/database';
import { recordAudit } from '../../db/repositories/audit';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import type { FieldFinding } from '../../screening/fields';
import { findHeldItem, type HeldItemRow } from '../../screening/held-items';
import type { HeldTarget, ScreeningKindName } from '../../screening/kinds';
import { requireMembership } from '../../threads/threads';

export interface HoldItemInput {
  kind: ScreeningKindName;
  authorId: string;
  target: HeldTarget;
  input: unknown;
  findings: FieldFinding[];
  reason: string;
}

export async function holdItem(deps: Deps, input: HoldItemInput): Promise<HeldItemRow> {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx: Db) => {
    await lockActiveAccount(trx, input.authorId);
    if (input.target.type === 'thread' && input.target.id) await requireMembership(trx, input.target.id, input.authorId);
    const row = await trx
      .insertInto('held_items')
      .values({
        kind: input.kind,
        author_id: input.authorId,
        target_type: input.target.type,
        target_id: input.target.id,
        input: JSON.stringify(input.input ?? {}),
        findings: JSON.stringify(
          input.findings.map(({ field, start, end, excerpt, ruleId }) => ({ field, start, end, excerpt, ruleId })),
        ),
        reason: input.reason,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorUserId: input.authorId,
      action: 'held-item.create',
      subjectType: 'held_item',
      subjectId: row.id,
      data: { kind: input.kind, targetType: input.target.type, targetId: input.target.id },
      now,
    });
    return (await findHeldItem(trx, row.id)) as HeldItemRow;
  });
}
