import type { Selectable } from 'kysely';
import type { DepositsTable } from '../../db/schema';

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

export function presentDeposit(d: Selectable<DepositsTable>, payTo: string) {
  return {
    id: d.id,
    method: d.method,
    reference: d.reference,
    amount: d.amount,
    status: d.status,
    createdAt: d.created_at.toISOString(),
    confirmedAt: iso(d.confirmed_at),
    payTo: d.method === 'bank_transfer' ? payTo : null,
  };
}
