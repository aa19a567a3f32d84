// The timeline of a contract, labelled in the reader's language.
import type { Lang } from '../../../shared/errors';
import { CONTRACT_EVENTS } from '../../../shared/labels';
import type { Db } from '../../db/database';

export async function getContractEvents(db: Db, contractId: string, lang: Lang) {
  const rows = await db
    .selectFrom('contract_events as e')
    .leftJoin('milestones as m', 'm.id', 'e.milestone_id')
    .select(['e.id', 'e.action', 'e.actor_role', 'e.detail', 'e.created_at', 'm.id as m_id', 'm.position', 'm.title'])
    .where('e.contract_id', '=', contractId)
    .orderBy('e.id')
    .execute();
  return rows.map((e) => ({
    id: String(e.id),
    action: e.action,
    label: CONTRACT_EVENTS[e.action]?.[lang] ?? e.action,
    actorRole: e.actor_role,
    milestone: e.m_id ? { id: e.m_id, position: e.position ?? 0, title: e.title ?? '' } : null,
    detail: e.detail,
    createdAt: e.created_at.toISOString(),
  }));
}
