import { AppError } from '../../../domain/errors';
import type { Lang } from '../../../shared/errors';
import { disputeQuery, presentDisputes } from '../../contracts/staff-disputes';
import type { Deps } from '../../deps';
import { getContractEvents } from './get-contract-events';

export interface GetDisputeInput {
  disputeId: string;
  lang: Lang;
}

export async function getDispute(deps: Deps, input: GetDisputeInput) {
  const row = await disputeQuery(deps.db).where('d.id', '=', input.disputeId).executeTakeFirst();
  if (!row) throw new AppError('not-found');
  const [dispute] = await presentDisputes(deps.db, [row]);
  const messages = await deps.db
    .selectFrom('threads as t')
    .innerJoin('messages as m', 'm.thread_id', 't.id')
    .innerJoin('users as u', 'u.id', 'm.sender_id')
    .select(['m.id', 'm.body', 'm.created_at', 'u.username'])
    .where('t.subject_type', '=', 'contract')
    .where('t.subject_id', '=', row.contract_id)
    .orderBy('m.id')
    .limit(500)
    .execute();
  return {
    ...(dispute as NonNullable<typeof dispute>),
    messages: messages.map((m) => ({
      id: String(m.id),
      sender: m.username,
      body: m.body,
      createdAt: m.created_at.toISOString(),
    })),
    events: await getContractEvents(deps.db, row.contract_id, input.lang),
  };
}
