// The one check of account restrictions (利用制限) every action they can stop calls, first
// thing in its transaction:
//
//   await assertNotRestricted(trx, userId, 'message', now);
//
// It takes the member's row FOR SHARE (as the account lock does) and reads the
// restrictions in force; restricting a member takes the same row FOR UPDATE
// (`lockMemberForRestriction`). So a restriction either commits before the action, which
// is then refused, or after it, the action having completed — never half.
import { AppError } from '../../domain/errors';
import {
  appealDeadline,
  type RestrictedCapability,
  type RestrictionFacts,
  stoppingRestriction,
} from '../../domain/moderation/restrictions';
import type { Db } from '../db/database';
import { lockUserRestrictionsForShare, lockUserRow } from '../db/repositories/locks';

/** Test-only switch: the race test's negative control reads without the lock. */
export const restrictionLocking = { enabled: true };

export async function assertNotRestricted(trx: Db, userId: string, capability: RestrictedCapability, now: Date): Promise<void> {
  const rows = await lockUserRestrictionsForShare(trx, userId, now, restrictionLocking.enabled);
  const facts: (RestrictionFacts & { id: string })[] = [];
  for (const r of rows) {
    facts.push({
      id: r.id,
      userId,
      kind: r.kind,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      createdBy: r.created_by,
      liftedAt: r.lifted_at,
      appealedAt: r.appealed_at,
      appealDecidedAt: r.appeal_decided_at,
    });
  }
  const stopping = stoppingRestriction(facts, capability, now);
  if (!stopping) return;
  throw new AppError('account-restricted', {
    restriction: {
      id: stopping.id,
      kind: stopping.kind,
      endsAt: stopping.endsAt?.toISOString() ?? null,
      appealUntil: appealDeadline(stopping).toISOString(),
      link: '/mypage/restrictions',
    },
  });
}

/** The member's row FOR UPDATE before restricting them: waits for actions in flight. */
export async function lockMemberForRestriction(trx: Db, userId: string) {
  return lockUserRow(trx, userId, restrictionLocking.enabled);
}
