// サービス外連絡申請: a party to a contract asks staff to allow contact details in its
// thread (one open request per contract, by the unique index); support, moderators and
// admin approve or reject it with a note. The approval lets contact details through the
// screening of that contract's thread only, and both parties are told; a rejection tells
// the requester. Each decision is audited.
import { AppError } from '../../../domain/errors';
import { isConflicted } from '../../../domain/policies/staff';
import type { ContactRequestBody } from '../../../shared/api/screening';
import { lockActiveAccount } from '../../db/account-lock';
import type { Db } from '../../db/database';
import { recordAudit } from '../../db/repositories/audit';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { notify } from '../../notifications/notify';

export const REASON_KIND_LABELS = {
  'on-site': { ja: '現地作業', en: 'on-site work' },
  call: { ja: '電話・ビデオ会議', en: 'a phone or video meeting' },
  handover: { ja: '納品物の受け渡し', en: 'handing over deliverables' },
  other: { ja: 'その他', en: 'other' },
} as const;

const COLUMNS = [
  'c.id',
  'c.contract_id',
  'c.requester_id',
  'c.reason_kind',
  'c.reason',
  'c.status',
  'c.decision_note',
  'c.created_at',
  'c.decided_at',
  'k.title',
  'u.username',
  'u.display_name',
] as const;

const withContext = (db: Db) =>
  db
    .selectFrom('contact_requests as c')
    .innerJoin('contracts as k', 'k.id', 'c.contract_id')
    .innerJoin('users as u', 'u.id', 'c.requester_id')
    .select(COLUMNS);

export type ContactRequestRow = Awaited<ReturnType<ReturnType<typeof withContext>['executeTakeFirstOrThrow']>>;

async function partyContract(db: Db, contractId: string, userId: string) {
  const contract = await db
    .selectFrom('contracts')
    .select(['id', 'title', 'client_id', 'worker_id'])
    .where('id', '=', contractId)
    .executeTakeFirst();
  if (!contract || (contract.client_id !== userId && contract.worker_id !== userId)) throw new AppError('not-found');
  return contract;
}

export async function requestContactExchange(
  deps: Deps,
  input: { userId: string; contractId: string; body: ContactRequestBody },
): Promise<void> {
  const now = deps.clock();
  await inTransaction(deps.db, async (trx) => {
    await lockActiveAccount(trx, input.userId);
    await partyContract(trx, input.contractId, input.userId);
    const open = await trx
      .selectFrom('contact_requests')
      .select('status')
      .where('contract_id', '=', input.contractId)
      .where('status', 'in', ['pending', 'approved'])
      .execute();
    if (open.some((r) => r.status === 'approved')) throw new AppError('contact-already-allowed');
    if (open.length > 0) throw new AppError('contact-request-open');
    const row = await trx
      .insertInto('contact_requests')
      .values({
        contract_id: input.contractId,
        requester_id: input.userId,
        reason_kind: input.body.reasonKind,
        reason: input.body.reason,
        created_at: now,
      })
      .onConflict((oc) => oc.column('contract_id').where('status', '=', 'pending').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) throw new AppError('contact-request-open');
    await recordAudit(trx, {
      actorUserId: input.userId,
      action: 'contact-request.create',
      subjectType: 'contract',
      subjectId: input.contractId,
      data: { requestId: row.id, reasonKind: input.body.reasonKind },
      now,
    });
  });
}

/** The contract's requests, newest first, for its parties; and whether contact details are allowed. */
export async function listContractContactRequests(db: Db, input: { userId: string; contractId: string }) {
  await partyContract(db, input.contractId, input.userId);
  const items = await withContext(db).where('c.contract_id', '=', input.contractId).orderBy('c.created_at', 'desc').execute();
  return { allowed: items.some((r) => r.status === 'approved'), items };
}

export async function listPendingContactRequests(db: Db): Promise<ContactRequestRow[]> {
  return withContext(db).where('c.status', '=', 'pending').orderBy('c.created_at').limit(200).execute();
}

export async function decideContactRequest(
  deps: Deps,
  input: { staffId: string; requestId: string; approve: boolean; note: string },
): Promise<void> {
  const now = deps.clock();
  await inTransaction(deps.db, async (trx) => {
    const request = await withContext(trx).where('c.id', '=', input.requestId).executeTakeFirst();
    if (!request) throw new AppError('not-found');
    const contract = await partyContractOf(trx, request.contract_id);
    if (isConflicted(input.staffId, [contract.client_id, contract.worker_id])) throw new AppError('staff-conflict-of-interest');
    const status = input.approve ? 'approved' : 'rejected';
    const moved = await trx
      .updateTable('contact_requests')
      .set({ status, decided_by: input.staffId, decision_note: input.note || null, decided_at: now })
      .where('id', '=', input.requestId)
      .where('status', '=', 'pending')
      .returning('id')
      .executeTakeFirst();
    if (!moved) throw new AppError('contact-request-decided');
    await recordAudit(trx, {
      actorUserId: input.staffId,
      action: `contact-request.${input.approve ? 'approve' : 'reject'}`,
      subjectType: 'contract',
      subjectId: contract.id,
      data: { requestId: request.id, note: input.note },
      now,
    });
    const link = `/contracts/${contract.id}`;
    const label = REASON_KIND_LABELS[request.reason_kind];
    if (input.approve) {
      for (const userId of [contract.client_id, contract.worker_id])
        await notify(
          trx,
          deps.config.publicUrl,
          {
            userId,
            kind: 'contact.approved',
            params: { title: contract.title, reasonKindJa: label.ja, reasonKindEn: label.en },
            link,
          },
          now,
        );
    } else {
      await notify(
        trx,
        deps.config.publicUrl,
        { userId: request.requester_id, kind: 'contact.rejected', params: { title: contract.title, note: input.note }, link },
        now,
      );
    }
  });
}

async function partyContractOf(db: Db, contractId: string) {
  return db
    .selectFrom('contracts')
    .select(['id', 'title', 'client_id', 'worker_id'])
    .where('id', '=', contractId)
    .executeTakeFirstOrThrow();
}
