// Changing a contract's terms before any money moved: the client proposes milestones
// (more than one, other amounts or dates) and whether withholding tax applies; the worker
// agrees (a new version of the written terms is issued to both) or refuses.
import { AppError } from '../../domain/errors';
import { lockContract, moneyColumns, partyRole, recordEvent, refuseWhenFrozen, splitFor } from '../contracts/core';
import { japanDatePlus } from '../contracts/create';
import { issueTerms } from '../contracts/lifecycle';
import type { Db } from '../db/database';
import { openAccounts } from '../db/repositories/ledger';
import type { PendingTerms } from '../db/schema';
import { inTransaction } from '../db/transaction';
import type { Deps } from '../deps';
import { notify } from '../notifications/notify';

/** Withholding applies to individual workers on project work only. */
export async function withholdingAllowed(db: Db, contract: { job_id: string; worker_id: string }): Promise<boolean> {
  const row = await db
    .selectFrom('jobs as j')
    .leftJoin('profiles as p', (join) => join.on('p.user_id', '=', contract.worker_id))
    .select(['j.kind', 'p.entity_type'])
    .where('j.id', '=', contract.job_id)
    .executeTakeFirst();
  return row?.kind === 'project' && (row.entity_type ?? 'individual') === 'individual';
}

/** Terms can change while nothing is funded and no transfer is on its way. */
async function refuseOnceMoneyMoved(trx: Db, contractId: string): Promise<void> {
  const moved = await trx
    .selectFrom('milestones')
    .select('id')
    .where('contract_id', '=', contractId)
    .where('status', 'not in', ['unfunded', 'cancelled'])
    .executeTakeFirst();
  if (moved) throw new AppError('terms-change-closed');
  const waiting = await trx
    .selectFrom('deposits')
    .select('id')
    .where('contract_id', '=', contractId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  if (waiting) throw new AppError('deposit-pending');
}

export async function proposeTerms(
  deps: Deps,
  input: { actorId: string; contractId: string; milestones: PendingTerms['milestones']; withholding: boolean },
): Promise<void> {
  const now = deps.clock();
  await inTransaction(deps.db, async (trx) => {
    const contract = await lockContract(trx, input.contractId);
    if (partyRole(contract, input.actorId) !== 'client' || !contract) throw new AppError('forbidden');
    refuseWhenFrozen(contract);
    if (contract.status !== 'awaiting_escrow') throw new AppError('terms-change-closed');
    await refuseOnceMoneyMoved(trx, contract.id);
    const today = japanDatePlus(now, 0);
    const past = input.milestones.findIndex((m) => m.dueDate < today);
    if (past >= 0) throw AppError.field(`/milestones/${past}/dueDate`, 'due-date-past');
    if (input.withholding && !(await withholdingAllowed(trx, contract))) throw new AppError('withholding-not-allowed');
    const terms: PendingTerms = { milestones: input.milestones, withholding: input.withholding, proposedAt: now.toISOString() };
    await trx
      .updateTable('contracts')
      .set({ pending_terms: JSON.stringify(terms), updated_at: now })
      .where('id', '=', contract.id)
      .execute();
    await recordEvent(
      trx,
      { contractId: contract.id, action: 'terms.propose', actorRole: 'client', actorId: input.actorId, detail: { ...terms } },
      now,
    );
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: contract.worker_id,
        kind: 'terms.proposed',
        title: `「${contract.title}」の契約条件の変更が提案されました`,
        body: '発注者がマイルストーンや源泉徴収の変更を提案しました。内容を確認して、同意するか拒否してください。',
        link: `/contracts/${contract.id}`,
      },
      now,
    );
  });
}

export async function answerTerms(
  deps: Deps,
  input: { actorId: string; contractId: string; agree: boolean; reason: string | null },
): Promise<void> {
  const now = deps.clock();
  await inTransaction(deps.db, async (trx) => {
    const contract = await lockContract(trx, input.contractId);
    if (partyRole(contract, input.actorId) !== 'worker' || !contract) throw new AppError('forbidden');
    refuseWhenFrozen(contract);
    const row = await trx.selectFrom('contracts').select('pending_terms').where('id', '=', contract.id).executeTakeFirstOrThrow();
    const terms = row.pending_terms;
    if (!terms) throw new AppError('no-pending-terms');
    await trx.updateTable('contracts').set({ pending_terms: null, updated_at: now }).where('id', '=', contract.id).execute();
    await recordEvent(
      trx,
      {
        contractId: contract.id,
        action: input.agree ? 'terms.accept' : 'terms.refuse',
        actorRole: 'worker',
        actorId: input.actorId,
        detail: input.reason ? { reason: input.reason } : {},
      },
      now,
    );
    if (input.agree) {
      await refuseOnceMoneyMoved(trx, contract.id);
      // The old milestones give way to the agreed ones. One that never had a deposit left
      // no trace and is removed, so the new ones are numbered from 1; one that had a
      // (cancelled) bank transfer is kept, cancelled, for the record.
      await trx
        .deleteFrom('milestones')
        .where('contract_id', '=', contract.id)
        .where('status', '=', 'unfunded')
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom('deposits as d').select('d.id').whereRef('d.milestone_id', '=', 'milestones.id'))),
        )
        .execute();
      await trx
        .updateTable('milestones')
        .set({ status: 'cancelled', closed_at: now, updated_at: now })
        .where('contract_id', '=', contract.id)
        .where('status', '=', 'unfunded')
        .execute();
      const max = await trx
        .selectFrom('milestones')
        .select((eb) => eb.fn.max('position').as('position'))
        .where('contract_id', '=', contract.id)
        .executeTakeFirstOrThrow();
      const added = await trx
        .insertInto('milestones')
        .values(
          terms.milestones.map((m, i) => ({
            contract_id: contract.id,
            position: Number(max.position ?? 0) + i + 1,
            title: m.title,
            ...moneyColumns(splitFor(deps, m.amount, terms.withholding)),
            due_date: m.dueDate,
            created_at: now,
            updated_at: now,
          })),
        )
        .returning('id')
        .execute();
      await openAccounts(
        trx,
        added.map((m) => `escrow:${m.id}`),
        now,
      );
      await trx
        .updateTable('contracts')
        .set((eb) => ({ withholding: terms.withholding, terms_version: eb('terms_version', '+', 1) }))
        .where('id', '=', contract.id)
        .execute();
      await issueTerms(trx, deps, contract.id, now);
    }
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: contract.client_id,
        kind: input.agree ? 'terms.accepted' : 'terms.refused',
        title: input.agree
          ? `「${contract.title}」の契約条件の変更に同意しました`
          : `「${contract.title}」の契約条件の変更は拒否されました`,
        body: input.agree
          ? '新しい契約条件(取引条件明示書)を契約ページで確認できます。仮払いをお願いします。'
          : `受注者が変更を拒否しました。${input.reason ? `理由: ${input.reason}` : ''}これまでの条件のままです。`,
        link: `/contracts/${contract.id}`,
      },
      now,
    );
  });
}
