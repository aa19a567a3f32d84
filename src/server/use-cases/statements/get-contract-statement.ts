// Statements: per contract a receipt for the client (領収書) and a payment notice for the
// worker (支払通知書), a monthly statement per user (取引明細), and the earnings balance
// (報酬残高). All read from the ledger and the deposits, never from a second bookkeeping.

import type { Selectable } from 'kysely';
import type { z } from 'zod';
import { AppError } from '../../../domain/errors';
import type { ContractStatement } from '../../../shared/api/statements';
import { settlementPartFor } from '../../contracts/core';
import type { Db } from '../../db/database';
import type { MilestonesTable } from '../../db/schema';
import type { Deps } from '../../deps';

type Statement = z.infer<typeof ContractStatement>;

type Party = { username: string; displayName: string | null; status: string };
/** A statement with its parties as rows: the HTTP presenter shows them. */
export type StatementView = Omit<Statement, 'client' | 'worker'> & { client: Party; worker: Party };

export interface ContractStatementInput {
  viewerId: string;
  contractId: string;
  kind: 'receipt' | 'payment_notice';
}

export async function getContractStatement(deps: Deps, input: ContractStatementInput): Promise<StatementView> {
  const db = deps.db;
  const c = await loadContract(db, input.contractId);
  const owner = input.kind === 'receipt' ? c?.client_id : c?.worker_id;
  if (!c || (c.client_id !== input.viewerId && c.worker_id !== input.viewerId)) throw new AppError('not-found');
  if (owner !== input.viewerId) throw new AppError('forbidden');
  const milestones = await db.selectFrom('milestones').selectAll().where('contract_id', '=', c.id).orderBy('position').execute();
  const lines = input.kind === 'receipt' ? await receiptLines(db, c.id, milestones) : await paymentLines(deps, c, milestones);
  return {
    kind: input.kind,
    contractId: c.id,
    title: c.title,
    issuedAt: deps.clock().toISOString(),
    client: { username: c.cu, displayName: c.cdn, status: c.cs },
    worker: { username: c.wu, displayName: c.wdn, status: c.ws },
    lines,
    total: lines.reduce((s, l) => s + l.total, 0),
    // The issuer is the operator, by its legal name and registration number (both settings).
    platform: { name: deps.config.operator.legalName, invoiceNumber: deps.config.operator.invoiceNumber },
  };
}

type ContractRow = NonNullable<Awaited<ReturnType<typeof loadContract>>>;
type MilestoneRow = Selectable<MilestonesTable>;
type Lines = Statement['lines'];

/** The date in Japan of a moment, as YYYY-MM-DD (empty when it has not happened). */
const day = (d: Date | null) => (d ? new Date(d.getTime() + 9 * 3_600_000).toISOString().slice(0, 10) : '');

/** The contract with its parties. */
function loadContract(db: Db, contractId: string) {
  return db
    .selectFrom('contracts as k')
    .innerJoin('users as cu', 'cu.id', 'k.client_id')
    .innerJoin('users as wu', 'wu.id', 'k.worker_id')
    .select([
      'k.id',
      'k.title',
      'k.client_id',
      'k.worker_id',
      'k.withholding',
      'k.service_order_id',
      'cu.username as cu',
      'cu.display_name as cdn',
      'cu.status as cs',
      'wu.username as wu',
      'wu.display_name as wdn',
      'wu.status as ws',
    ])
    .where('k.id', '=', contractId)
    .executeTakeFirst();
}

/** The client's receipt: each milestone's escrow when funded, and what came back to them (a refund or a settlement's rest). */
async function receiptLines(db: Db, contractId: string, milestones: MilestoneRow[]): Promise<Lines> {
  const refunds = await db
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_transactions as t', 't.id', 'e.transaction_id')
    .select(['t.milestone_id', 'e.amount', 't.created_at'])
    .where('t.contract_id', '=', contractId)
    .where('t.kind', 'in', ['escrow_refund', 'escrow_settle'])
    .where('e.account_id', '=', 'world')
    .execute();
  const lines: Lines = [];
  for (const m of milestones) {
    if (m.funded_at) {
      lines.push({
        milestone: m.title,
        date: day(m.funded_at),
        kind: 'escrow',
        amount: m.amount,
        tax: m.tax,
        fee: m.client_fee,
        feeTax: m.client_fee_tax,
        withholding: 0,
        total: m.escrow,
      });
    }
    const refund = refunds.find((r) => r.milestone_id === m.id);
    if (refund) {
      const amount = Number(refund.amount);
      lines.push({
        milestone: m.title,
        date: day(refund.created_at),
        kind: 'refund',
        amount: -amount,
        tax: 0,
        fee: 0,
        feeTax: 0,
        withholding: 0,
        total: -amount,
      });
    }
  }
  return lines;
}

/** The worker's payment notice: each milestone paid in full, and the part paid by a settlement. */
async function paymentLines(deps: Deps, c: ContractRow, milestones: MilestoneRow[]): Promise<Lines> {
  const settles = await deps.db
    .selectFrom('contract_events')
    .select(['milestone_id', 'detail', 'created_at'])
    .where('contract_id', '=', c.id)
    .where('action', '=', 'milestone.settle')
    .execute();
  const lines: Lines = [];
  for (const m of milestones) {
    if (m.status === 'paid') {
      lines.push({
        milestone: m.title,
        date: day(m.paid_at),
        kind: 'paid',
        amount: m.amount,
        tax: m.tax,
        fee: m.worker_fee,
        feeTax: m.worker_fee_tax,
        withholding: m.withholding,
        total: m.worker_net,
      });
    }
    const settle = settles.find((s) => s.milestone_id === m.id);
    const workerAmount = Number(settle?.detail.workerAmount ?? 0);
    if (settle && workerAmount > 0) {
      const part = settlementPartFor(deps, c, m, workerAmount);
      lines.push({
        milestone: m.title,
        date: day(settle.created_at),
        kind: 'settled',
        amount: part.amount,
        tax: part.tax,
        fee: part.workerFee,
        feeTax: part.workerFeeTax,
        withholding: part.withholding,
        total: part.workerNet,
      });
    }
  }
  return lines;
}
