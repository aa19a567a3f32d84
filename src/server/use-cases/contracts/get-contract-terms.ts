// The written terms of a contract (取引条件明示書) for one of its parties: the version asked
// for (the latest unless given), with the dates of the deliveries made since it was
// issued (the day received, the inspection date and the payment date counted from it).
import { type TermsDocument, withDeliveries } from '../../../domain/contracts/terms';
import { AppError } from '../../../domain/errors';
import type { Deps } from '../../deps';

export async function getContractTerms(
  deps: Deps,
  input: { userId: string; contractId: string; version?: number | undefined },
): Promise<TermsDocument> {
  const contract = await deps.db
    .selectFrom('contracts')
    .select(['client_id', 'worker_id', 'terms_version'])
    .where('id', '=', input.contractId)
    .executeTakeFirst();
  // Another member's contract is answered as if it did not exist.
  if (!contract || (contract.client_id !== input.userId && contract.worker_id !== input.userId)) throw new AppError('not-found');
  const doc = await deps.db
    .selectFrom('contract_documents')
    .select('body')
    .where('contract_id', '=', input.contractId)
    .where('kind', '=', 'terms')
    .where('version', '=', input.version ?? contract.terms_version)
    .executeTakeFirst();
  if (!doc) throw new AppError('not-found');
  const deliveries = await deps.db
    .selectFrom('milestones')
    .select(['position', 'delivered_at', 'auto_accept_at'])
    .where('contract_id', '=', input.contractId)
    .where('delivered_at', 'is not', null)
    .execute();
  return withDeliveries(
    doc.body as unknown as TermsDocument,
    deliveries.map((d) => ({ position: d.position, deliveredAt: d.delivered_at, autoAcceptAt: d.auto_accept_at })),
  );
}
