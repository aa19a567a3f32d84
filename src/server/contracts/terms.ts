import { AppError } from '../../domain/errors';
import { termsChangeRefusal } from '../../domain/policies/contracts';
import type { Db } from '../db/database';

/** Withholding applies to individual workers on project work only. */
export async function withholdingAllowed(db: Db, contract: { job_id: string | null; worker_id: string }): Promise<boolean> {
  // A service order's seller is not withheld from.
  if (contract.job_id === null) return false;
  const row = await db
    .selectFrom('jobs as j')
    .leftJoin('profiles as p', (join) => join.on('p.user_id', '=', contract.worker_id))
    .select(['j.kind', 'p.entity_type'])
    .where('j.id', '=', contract.job_id)
    .executeTakeFirst();
  return row?.kind === 'project' && (row.entity_type ?? 'individual') === 'individual';
}

/** Terms can change while nothing is funded and no transfer is on its way (the domain's rule). */
export async function refuseOnceMoneyMoved(trx: Db, contractId: string): Promise<void> {
  const milestones = await trx.selectFrom('milestones').select('status').where('contract_id', '=', contractId).execute();
  const deposits = await trx.selectFrom('deposits').select('status').where('contract_id', '=', contractId).execute();
  const refusal = termsChangeRefusal({ milestones, deposits });
  if (refusal) throw new AppError(refusal);
}
