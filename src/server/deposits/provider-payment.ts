// What every deposit-writing step shares with the payment provider: who pays (konbini
// prints the payer on the payment slip) and the deposit's columns from the provider's answer.
import type { Db } from '../db/database';
import type { CollectResult } from '../integrations/payments/provider';

/** The payer's name and mail address, as the provider asks for them. */
export async function payerOf(trx: Db, userId: string): Promise<{ name: string; email: string } | undefined> {
  const user = await trx
    .selectFrom('users')
    .select(['display_name', 'username', 'email'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user?.email) return undefined;
  return { name: user.display_name ?? user.username, email: user.email };
}

/** The deposit in its final state when captured; otherwise waiting, with what the payer needs. */
export function depositColumns(result: CollectResult, now: Date) {
  if (result.status === 'captured') return { status: 'confirmed' as const, confirmed_at: now, provider_ref: result.providerRef };
  return {
    provider_ref: result.providerRef ?? null,
    provider_details: result.details ? JSON.stringify(result.details) : null,
    payment_expires_at: result.expiresAt ?? null,
  };
}
