// What every receipt (領収書) and payment notice (支払通知書) shares: the operator as issuer
// (from the settings), the parts of the document with their own issuer and registration
// number, and each part's tax per rate rounded once (see domain/tax/qualified-invoice).
import type { z } from 'zod';
import { summariseByRate, type TaxedLine } from '../../domain/tax/qualified-invoice';
import type { ContractStatement } from '../../shared/api/statements';
import type { Db } from '../db/database';
import type { Deps } from '../deps';

type Statement = z.infer<typeof ContractStatement>;
export type Line = Statement['lines'][number];

/** A party as stored: the presenter names a withdrawn member by the withdrawn label. */
export type Party = { username: string; displayName: string | null; status: string };

/** A part of a document whose issuer is a party (the worker) or the operator. */
export type InvoicePartView = Omit<Statement['invoice'][number], 'issuer'> & { issuer: Party };

/** A statement with its parties as rows: the HTTP presenter shows them. */
export type StatementView = Omit<Statement, 'client' | 'worker' | 'invoice'> & {
  client: Party;
  worker: Party | null;
  invoice: InvoicePartView[];
};

/** The date in Japan of a moment, as YYYY-MM-DD (empty when it has not happened). */
export const japanDay = (d: Date | string | null) =>
  d ? new Date(new Date(d).getTime() + 9 * 3_600_000).toISOString().slice(0, 10) : '';

/** The operator as the issuer printed at the foot of every document. */
export function operatorIssuer(deps: Deps): Statement['platform'] {
  const o = deps.config.operator;
  return { name: o.legalName, postalCode: o.postalCode, address: o.address, invoiceNumber: o.invoiceNumber };
}

/** The operator as the issuer of its own fees. */
export function operatorParty(deps: Deps): Party {
  return { username: '', displayName: deps.config.operator.legalName, status: 'active' };
}

/** The registration numbers of members (absent: not registered). */
export async function invoiceNumbersOf(db: Db, userIds: string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('profiles as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['p.user_id', 'p.invoice_number'])
    .where('p.user_id', 'in', userIds)
    .where('u.status', '=', 'active')
    .where('p.invoice_number', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.user_id, r.invoice_number as string]));
}

/** The operator's fees on a document: the fee lines at 10 %, tax rounded once. */
export function feesPart(deps: Deps, lines: TaxedLine[]): InvoicePartView {
  const number = deps.config.operator.invoiceNumber;
  return {
    subject: 'fees',
    issuer: operatorParty(deps),
    invoiceNumber: number,
    qualified: number !== null,
    rates: summariseByRate(lines),
  };
}

/**
 * The work itself on a document: the worker's sale. With the worker's registration
 * number it is a qualified invoice (on a receipt the operator hands it over for the
 * worker, on a payment notice it is a purchase statement naming the worker's number);
 * without, the document says that it is not one.
 */
export function workPart(worker: Party, invoiceNumber: string | null, lines: TaxedLine[], taxIncluded = false): InvoicePartView {
  return {
    subject: 'work',
    issuer: worker,
    invoiceNumber,
    qualified: invoiceNumber !== null,
    rates: summariseByRate(lines, { taxIncluded }),
  };
}

/** The sum of a column of the lines. */
export const sumOf = (lines: Line[], f: (l: Line) => number) => lines.reduce((s, l) => s + f(l), 0);

/** The withholding of a document: its base (before tax) and the amount withheld. */
export const withholdingOf = (lines: Line[]) => ({
  base: sumOf(lines, (l) => l.withholdingBase),
  amount: sumOf(lines, (l) => l.withholding),
});
