import type { Selectable } from 'kysely';
import type { DepositsTable, ProviderDetails } from '../../db/schema';

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

/** `payer`: the viewer is the one paying (only they see how to finish a card or konbini payment). */
export function presentDeposit(d: Selectable<DepositsTable>, payTo: string, payer = false, publishableKey: string | null = null) {
  const details =
    typeof d.provider_details === 'string' ? (JSON.parse(d.provider_details) as ProviderDetails) : d.provider_details;
  return {
    id: d.id,
    method: d.method,
    reference: d.reference,
    amount: d.amount,
    status: d.status,
    createdAt: d.created_at.toISOString(),
    confirmedAt: iso(d.confirmed_at),
    payTo: d.method === 'bank_transfer' ? payTo : null,
    payment:
      payer && details && d.status === 'pending'
        ? { publishableKey, clientSecret: details.clientSecret ?? null, konbini: details.konbini ?? null }
        : null,
  };
}
