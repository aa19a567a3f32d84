// The payment provider's events as stored (payment_events): one row per event id, written
// in the same transaction as the event's effect, so a redelivered event finds its row and
// is answered without being applied again.
import type { Db } from '../db/database';
import type { PaymentEventOutcome } from '../db/schema';

export interface StoredEvent {
  id: string;
  type: string;
  depositId: string | null;
  providerRef: string | null;
  detail?: Record<string, unknown>;
}

/**
 * Stores the event with its outcome; false when it was stored before (a replay). Two
 * deliveries at once: the second waits on the first's key and answers false once it commits.
 */
export async function storeEvent(trx: Db, event: StoredEvent, outcome: PaymentEventOutcome, now: Date): Promise<boolean> {
  const row = await trx
    .insertInto('payment_events')
    .values({
      id: event.id,
      provider: 'stripe',
      type: event.type,
      deposit_id: event.depositId,
      provider_ref: event.providerRef,
      outcome,
      detail: JSON.stringify(event.detail ?? {}),
      received_at: now,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function storedOutcome(db: Db, id: string): Promise<PaymentEventOutcome | null> {
  const row = await db.selectFrom('payment_events').select('outcome').where('id', '=', id).executeTakeFirst();
  return row?.outcome ?? null;
}
