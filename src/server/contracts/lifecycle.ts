// Contract-level steps shared by several use cases: issuing the written terms, finishing a
// contract when its last milestone is paid, and what happens when a contract ends.
import { sql } from 'kysely';
import { CONTRACT_TRANSITIONS, MILESTONE_FINAL } from '../../domain/contracts/process';
import { termsDocument } from '../../domain/contracts/terms';
import { canTransition } from '../../domain/process/transitions';
import { revealAt } from '../../domain/reviews/reviews';
import type { Db } from '../db/database';
import { always, type Guard, Statement } from '../db/statement';
import type { Deps } from '../deps';
import type { Guarded, NoticeInput } from '../notifications/notify';
import { addTasks } from '../queue/queue';
import { addContractMove, type ContractWrite, type LockedContract, moneyOf } from './core';

export const REVIEWS_REVEAL_TASK = 'contract.reviews_reveal';

/** Stores the written terms (取引条件明示) of the contract's current version. */
export async function issueTerms(trx: Db, deps: Deps, contractId: string, now: Date): Promise<void> {
  const c = await trx
    .selectFrom('contracts as k')
    // A job's contract names the job; a service order's, the package bought.
    .leftJoin('jobs as j', 'j.id', 'k.job_id')
    .leftJoin('service_orders as o', 'o.id', 'k.service_order_id')
    .innerJoin('users as cu', 'cu.id', 'k.client_id')
    .innerJoin('users as wu', 'wu.id', 'k.worker_id')
    .select((eb) => [
      'k.id',
      'k.service_order_id',
      'k.created_at',
      'k.terms_version',
      'k.withholding',
      'k.acceptance_days',
      eb.fn.coalesce('j.title', 'k.title').as('title'),
      eb.fn.coalesce('j.description', 'o.includes', eb.val('')).as('description'),
      'cu.username as client',
      'wu.username as worker',
    ])
    .where('k.id', '=', contractId)
    .executeTakeFirstOrThrow();
  const milestones = await trx
    .selectFrom('milestones')
    .selectAll()
    .where('contract_id', '=', contractId)
    .where('status', '!=', 'cancelled')
    .orderBy('position')
    .execute();
  const body = termsDocument({
    contractId,
    orderId: c.service_order_id,
    version: c.terms_version,
    issuedAt: now,
    commissionedAt: c.created_at,
    client: { username: c.client },
    worker: { username: c.worker },
    job: { title: c.title, description: c.description },
    withholding: c.withholding,
    autoAcceptDays: c.acceptance_days ?? deps.config.autoAcceptDays,
    milestones: milestones.map((m) => ({
      position: m.position,
      title: m.title,
      dueDate: m.due_date,
      money: moneyOf(m),
      deliveredAt: m.delivered_at,
      autoAcceptAt: m.auto_accept_at,
    })),
  });
  await trx
    .insertInto('contract_documents')
    .values({ contract_id: contractId, kind: 'terms', version: c.terms_version, body: JSON.stringify(body), created_at: now })
    .execute();
}

/**
 * Completes an in-progress contract, in the step's statement, once every milestone is
 * final and one was paid (one guarded compare-and-set). `paid` is the milestone the same
 * statement pays: the other parts do not see its new status, so the condition counts it
 * as paid when its own compare-and-set matched. Returns the part that completes the
 * contract (null when it cannot) and the notices to send, each guarded on it.
 */
export function addCompleteIfDone(
  write: ContractWrite,
  deps: Deps,
  contract: LockedContract,
  paid: { milestoneId: string; moved: string },
): { completed: string | null; notices: Guarded<NoticeInput>[] } {
  // A contract that has not started (or has ended) does not complete.
  if (!canTransition(CONTRACT_TRANSITIONS, 'complete', contract.status, 'system')) return { completed: null, notices: [] };
  const { moved: completed } = addContractMove(write, {
    contract,
    action: 'complete',
    actor: 'system',
    onlyIf: (eb) =>
      eb.and([
        eb.not(
          eb.exists(
            eb
              .selectFrom('milestones as m')
              .select('m.id')
              .whereRef('m.contract_id', '=', 'contracts.id')
              .where('m.id', '!=', paid.milestoneId)
              .where('m.status', 'not in', MILESTONE_FINAL),
          ),
        ),
        write.matched(paid.moved),
      ]),
  });
  const notices = addAfterContractEnded(write, deps, contract, 'completed', write.now, write.matched(completed));
  // A service order completed counts on its service's page and in its popularity.
  if (contract.service_order_id)
    write.with(
      'service_completed',
      sql`update services set orders_completed = orders_completed + 1
          where id = (select service_id from service_orders where id = ${contract.service_order_id}::uuid)
            and ${write.matched(completed)}`,
    );
  return { completed, notices };
}

/** Reviews are revealed after the period; returns the notices inviting both to review. */
export async function afterContractEnded(
  trx: Db,
  deps: Deps,
  contract: LockedContract,
  outcome: 'completed' | 'terminated',
  now: Date,
): Promise<NoticeInput[]> {
  const statement = new Statement(trx);
  const notices = addAfterContractEnded(statement, deps, contract, outcome, now);
  await statement.execute();
  return notices;
}

/** The same as parts of a step's statement, if the guard holds (and the notices with it). */
export function addAfterContractEnded(
  statement: Statement,
  deps: Deps,
  contract: LockedContract,
  outcome: 'completed' | 'terminated',
  now: Date,
  onlyIf: Guard = always,
): Guarded<NoticeInput>[] {
  addTasks(
    statement,
    [
      {
        kind: REVIEWS_REVEAL_TASK,
        payload: { contractId: contract.id },
        runAt: revealAt(now, deps.config.reviewRevealDays),
        dedupeKey: `${REVIEWS_REVEAL_TASK}:${contract.id}`,
      },
    ],
    now,
    onlyIf,
  );
  const params = { title: contract.title, reviewRevealDays: deps.config.reviewRevealDays };
  return [contract.client_id, contract.worker_id].map((userId) => ({
    userId,
    kind: outcome === 'completed' ? 'contract.completed' : 'contract.terminated',
    params,
    link: `/contracts/${contract.id}`,
    onlyIf,
  }));
}
