import { AppError } from '../../../domain/errors';
import { authorizeContractAction, lockContract, moneyColumns, recordEvent, splitFor } from '../../contracts/core';
import { issueTerms } from '../../contracts/lifecycle';
import type { LockedContract } from '../../contracts/lock';
import { refuseOnceMoneyMoved } from '../../contracts/terms';
import type { Db } from '../../db/database';
import { openAccounts } from '../../db/repositories/ledger';
import type { PendingTerms } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { notify } from '../../notifications/notify';

export interface AnswerTermsInput {
  actorId: string;
  contractId: string;
  agree: boolean;
  reason: string | null;
}

export async function answerTerms(deps: Deps, input: AnswerTermsInput): Promise<void> {
  const now = deps.clock();
  await inTransaction(deps.db, async (trx) => {
    const { contract } = authorizeContractAction(await lockContract(trx, input.contractId), input.actorId, 'answer_terms');
    const terms = await takePendingTerms(trx, contract.id, now);
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
      await replaceMilestones(trx, deps, contract.id, terms, now);
      await issueTerms(trx, deps, contract.id, now);
    }
    await notifyClient(trx, deps, contract, input, now);
  });
}

/** The proposed terms, cleared from the contract whatever the answer; refused when none is pending. */
async function takePendingTerms(trx: Db, contractId: string, now: Date): Promise<PendingTerms> {
  const row = await trx.selectFrom('contracts').select('pending_terms').where('id', '=', contractId).executeTakeFirstOrThrow();
  const terms = row.pending_terms;
  if (!terms) throw new AppError('no-pending-terms');
  await trx.updateTable('contracts').set({ pending_terms: null, updated_at: now }).where('id', '=', contractId).execute();
  return terms;
}

/**
 * The old milestones give way to the agreed ones. One that never had a deposit left
 * no trace and is removed, so the new ones are numbered from 1; one that had a
 * (cancelled) bank transfer is kept, cancelled, for the record.
 */
async function replaceMilestones(trx: Db, deps: Deps, contractId: string, terms: PendingTerms, now: Date): Promise<void> {
  await trx
    .deleteFrom('milestones')
    .where('contract_id', '=', contractId)
    .where('status', '=', 'unfunded')
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('deposits as d').select('d.id').whereRef('d.milestone_id', '=', 'milestones.id'))),
    )
    .execute();
  await trx
    .updateTable('milestones')
    .set({ status: 'cancelled', closed_at: now, updated_at: now })
    .where('contract_id', '=', contractId)
    .where('status', '=', 'unfunded')
    .execute();
  const max = await trx
    .selectFrom('milestones')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('contract_id', '=', contractId)
    .executeTakeFirstOrThrow();
  const added = await trx
    .insertInto('milestones')
    .values(
      terms.milestones.map((m, i) => ({
        contract_id: contractId,
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
    .where('id', '=', contractId)
    .execute();
}

/** The client hears the worker's answer. */
async function notifyClient(trx: Db, deps: Deps, contract: LockedContract, input: AnswerTermsInput, now: Date): Promise<void> {
  await notify(
    trx,
    deps.config.publicUrl,
    {
      userId: contract.client_id,
      ...(input.agree
        ? { kind: 'terms.accepted' as const, params: { title: contract.title } }
        : { kind: 'terms.refused' as const, params: { title: contract.title, reason: input.reason } }),
      link: `/contracts/${contract.id}`,
    },
    now,
  );
}
