// The export's contracts section: each contract the member is a party to, in full.
import type { Db } from '../db/database';
import { byContract, plain } from './rows';

/** The details of each of the member's contracts, by contract id. */
export async function exportContracts(db: Db, userId: string) {
  const [[contractRows, milestones, events, documents, terminations, disputes, orders], tips] = await Promise.all([
    contractSections(db, userId),
    tipsOf(db, userId),
  ]);

  return (id: string) => {
    const k = contractRows.find((c) => c.id === id);
    return {
      ...(k ? plain(k) : {}),
      milestones: byContract(milestones, id),
      events: byContract(events, id),
      documents: byContract(documents, id),
      terminationProposals: byContract(terminations, id),
      disputes: byContract(disputes, id),
      // A service order's terms as bought.
      order: orderOf(orders, k?.service_order_id ?? null),
      // Tips (おひねり) on the order, sent or received.
      tips: byContract(tips, id),
    };
  };
}

/** Tips (おひねり) the member sent or received. */
function tipsOf(db: Db, userId: string) {
  return db
    .selectFrom('service_tips')
    .selectAll()
    .where((eb) => eb.or([eb('buyer_id', '=', userId), eb('seller_id', '=', userId)]))
    .orderBy('created_at')
    .execute();
}

/** The service order a contract carries, as bought; null for a job's contract. */
function orderOf(orders: Record<string, unknown>[], id: string | null) {
  const order = id ? orders.find((o) => o.id === id) : undefined;
  return order ? plain(order) : null;
}

/** The member's contracts and everything that hangs from them, each read in one query. */
function contractSections(db: Db, userId: string) {
  const myContracts = db
    .selectFrom('contracts')
    .select('id')
    .where((eb) => eb.or([eb('client_id', '=', userId), eb('worker_id', '=', userId)]));
  return Promise.all([
    db
      .selectFrom('contracts')
      .select([
        'id',
        'job_id',
        'service_order_id',
        'acceptance_days',
        'application_id',
        'offer_id',
        'withholding',
        'terms_version',
        'started_at',
        'reviews_revealed_at',
        'updated_at',
      ])
      .where('id', 'in', myContracts)
      .execute(),
    db.selectFrom('milestones').selectAll().where('contract_id', 'in', myContracts).orderBy('position').execute(),
    db
      .selectFrom('contract_events')
      .select(['id', 'contract_id', 'milestone_id', 'action', 'actor_role', 'detail', 'created_at'])
      .where('contract_id', 'in', myContracts)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('contract_documents')
      .select(['id', 'contract_id', 'kind', 'version', 'body', 'created_at'])
      .where('contract_id', 'in', myContracts)
      .orderBy('version')
      .execute(),
    db
      .selectFrom('termination_proposals')
      .select([
        'id',
        'contract_id',
        'proposer_role',
        'reason',
        'settlement',
        'status',
        'respond_by',
        'refusal_reason',
        'created_at',
        'decided_at',
      ])
      .where('contract_id', 'in', myContracts)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('disputes')
      .select([
        'id',
        'contract_id',
        'opener_role',
        'reason',
        'status',
        'settlement',
        'settlement_note',
        'created_at',
        'settled_at',
      ])
      .where('contract_id', 'in', myContracts)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('service_orders')
      .selectAll()
      .where((eb) => eb.or([eb('buyer_id', '=', userId), eb('seller_id', '=', userId)]))
      .execute(),
  ]);
}
