// Statements: per contract a receipt for the client (領収書) and a payment notice for the
// worker (支払通知書), each a qualified invoice where its issuer is registered: the
// operator for its fees, the worker for the work. All read from the milestones, the
// ledger and the settlement events, never from a second bookkeeping.

import type { Selectable } from 'kysely';
import { AppError } from '../../../domain/errors';
import type { MilestoneMoney } from '../../../domain/money/fees';
import { moneyOf, settlementPartFor } from '../../contracts/core';
import type { Db } from '../../db/database';
import type { MilestonesTable } from '../../db/schema';
import type { Deps } from '../../deps';
import {
  japanDay as day,
  feesPart,
  invoiceNumbersOf,
  type Line,
  operatorIssuer,
  type StatementView,
  sumOf,
  withholdingOf,
  workPart,
} from '../../statements/documents';

export type { StatementView };

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
  const settles = await settlementsOf(deps, c, milestones);
  const lines = input.kind === 'receipt' ? await receiptLines(db, c.id, milestones, settles) : paymentLines(milestones, settles);
  const worker = { username: c.wu, displayName: c.wdn, status: c.ws };
  const workerNumber = (await invoiceNumbersOf(db, [c.worker_id])).get(c.worker_id) ?? null;
  return {
    kind: input.kind,
    subject: 'contract',
    contractId: c.id,
    jobId: null,
    title: c.title,
    issuedAt: deps.clock().toISOString(),
    client: { username: c.cu, displayName: c.cdn, status: c.cs },
    worker,
    lines,
    total: sumOf(lines, (l) => l.total),
    withholding: withholdingOf(lines),
    sharedPrize: false,
    invoice: [
      workPart(
        worker,
        workerNumber,
        lines.map((l) => ({ amount: l.amount, postedTax: l.tax })),
      ),
      feesPart(
        deps,
        lines.map((l) => ({ amount: l.fee, postedTax: l.feeTax })),
      ),
    ],
    // The issuer is the operator, by its legal name, address and registration number (settings).
    platform: operatorIssuer(deps),
  };
}

type ContractRow = NonNullable<Awaited<ReturnType<typeof loadContract>>>;
type MilestoneRow = Selectable<MilestonesTable>;

/** A settlement of a milestone: when, and the part paid to the worker (null: nothing, all refunded). */
interface Settlement {
  at: Date;
  part: MilestoneMoney | null;
}

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

/** The settlements of the contract's milestones, by milestone. */
async function settlementsOf(deps: Deps, c: ContractRow, milestones: MilestoneRow[]): Promise<Map<string, Settlement>> {
  const events = await deps.db
    .selectFrom('contract_events')
    .select(['milestone_id', 'detail', 'created_at'])
    .where('contract_id', '=', c.id)
    .where('action', '=', 'milestone.settle')
    .execute();
  const settles = new Map<string, Settlement>();
  for (const e of events) {
    const m = milestones.find((x) => x.id === e.milestone_id);
    if (!m) continue;
    const workerAmount = Number(e.detail.workerAmount ?? 0);
    settles.set(m.id, { at: e.created_at, part: workerAmount > 0 ? settlementPartFor(deps, c, m, workerAmount) : null });
  }
  return settles;
}

/** A line of money: the fee for the work, its tax, a fee and its tax, withholding (on the amount before tax). */
function line(title: string, date: string, kind: string, m: MilestoneMoney, fee: number, feeTax: number, total: number): Line {
  return {
    milestone: title,
    date,
    kind,
    amount: m.amount,
    tax: m.tax,
    fee,
    feeTax,
    withholding: m.withholding,
    withholdingBase: m.withholding !== 0 ? m.amount : 0,
    total,
  };
}

/** What went back to the client: the milestone less the part paid to the worker, each figure negative. */
function refunded(m: MilestoneMoney, part: MilestoneMoney | null): MilestoneMoney {
  const p = part ?? { amount: 0, tax: 0, clientFee: 0, clientFeeTax: 0, withholding: 0, escrow: 0 };
  return {
    ...m,
    amount: -(m.amount - p.amount),
    tax: -(m.tax - p.tax),
    clientFee: -(m.clientFee - p.clientFee),
    clientFeeTax: -(m.clientFeeTax - p.clientFeeTax),
    withholding: -(m.withholding - p.withholding),
    escrow: -(m.escrow - p.escrow),
  };
}

/**
 * The client's receipt: each milestone's escrow when funded, and what came back to them
 * (a refund or a settlement's rest) split like the escrow was — the work, its tax, the
 * client fee and its tax — so a refund never shows tax-included money as the amount before tax.
 */
async function receiptLines(
  db: Db,
  contractId: string,
  milestones: MilestoneRow[],
  settles: Map<string, Settlement>,
): Promise<Line[]> {
  const refunds = await db
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_transactions as t', 't.id', 'e.transaction_id')
    .select(['t.milestone_id', 't.kind', 'e.amount', 't.created_at'])
    .where('t.contract_id', '=', contractId)
    .where('t.kind', 'in', ['escrow_refund', 'escrow_settle'])
    .where('e.account_id', '=', 'world')
    .execute();
  const lines: Line[] = [];
  for (const row of milestones) {
    const m = moneyOf(row);
    if (row.funded_at) lines.push(line(row.title, day(row.funded_at), 'escrow', m, m.clientFee, m.clientFeeTax, m.escrow));
    const refund = refunds.find((r) => r.milestone_id === row.id);
    if (refund) {
      const back = refunded(m, refund.kind === 'escrow_settle' ? (settles.get(row.id)?.part ?? null) : null);
      // The total is what the ledger sent back; the parts above add up to it.
      lines.push(
        line(row.title, day(refund.created_at), 'refund', back, back.clientFee, back.clientFeeTax, -Number(refund.amount)),
      );
    }
  }
  return lines;
}

/** The worker's payment notice: each milestone paid in full, and the part paid by a settlement. */
function paymentLines(milestones: MilestoneRow[], settles: Map<string, Settlement>): Line[] {
  const lines: Line[] = [];
  for (const row of milestones) {
    const m = moneyOf(row);
    if (row.status === 'paid') lines.push(line(row.title, day(row.paid_at), 'paid', m, m.workerFee, m.workerFeeTax, m.workerNet));
    const settle = settles.get(row.id);
    if (settle?.part) {
      const p = settle.part;
      lines.push(line(row.title, day(settle.at), 'settled', p, p.workerFee, p.workerFeeTax, p.workerNet));
    }
  }
  return lines;
}
