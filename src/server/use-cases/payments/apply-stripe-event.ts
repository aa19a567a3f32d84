// One verified Stripe event, applied once (payment_events holds its id, written in the same
// transaction as its effect):
// - payment_intent.succeeded: the deposit is confirmed through the step staff use for a bank
//   transfer (confirmDeposit, by the system, with the intent as reference): escrow funded;
// - payment_intent.payment_failed / .canceled (a konbini payment not made in time): the
//   waiting deposit is called off with the reason, which the client sees;
// - charge.refunded / refund.*: stored as `recorded` for the refunds step to apply;
// - anything else: stored as `ignored`.
// Money for a deposit that was called off meanwhile is refused, stored as `refused` with
// `refundNeeded`, and never funds anything: it must go back to the client.
import { DEPOSIT_TRANSITIONS, type DepositFailure } from '../../../domain/deposits/process';
import { AppError } from '../../../domain/errors';
import { recordEvent } from '../../contracts/core';
import type { Db } from '../../db/database';
import type { PaymentEventOutcome } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import { applyTransition } from '../../db/transition';
import type { Deps } from '../../deps';
import type { StripeEvent, StripePaymentIntent } from '../../integrations/payments/stripe-client';
import { lockWorkJob } from '../../jobs/escrow';
import { callOffTransfer } from '../../jobs/escrow-close';
import { type StoredEvent, storeEvent } from '../../payments/events';
import { confirmDeposit } from '../deposits/confirm-deposit';

/** What became of the event; `replay` when it had been received before (nothing done). */
export type StripeEventResult = { outcome: PaymentEventOutcome | 'replay'; depositId: string | null; code?: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function applyStripeEvent(deps: Deps, event: StripeEvent): Promise<StripeEventResult> {
  const now = deps.clock();
  switch (event.type) {
    case 'payment_intent.succeeded':
      return succeeded(deps, event, event.data.object, now);
    case 'payment_intent.payment_failed':
    case 'payment_intent.canceled':
      return failed(deps, event, event.data.object, now);
    case 'charge.refunded': {
      const charge = event.data.object;
      const ref = typeof charge.payment_intent === 'string' ? charge.payment_intent : (charge.payment_intent?.id ?? null);
      const detail = { charge: charge.id, amountRefunded: charge.amount_refunded, refunded: charge.refunded };
      return record(deps, event, ref, detail, now);
    }
    case 'refund.created':
    case 'refund.updated':
    case 'refund.failed': {
      const refund = event.data.object;
      const ref = typeof refund.payment_intent === 'string' ? refund.payment_intent : (refund.payment_intent?.id ?? null);
      const detail = {
        refund: refund.id,
        refundId: refund.metadata?.refund_id ?? null,
        status: refund.status,
        amount: refund.amount,
        failureReason: refund.failure_reason ?? null,
      };
      return record(deps, event, ref, detail, now);
    }
    default: {
      const stored = await storeEvent(deps.db, base(event, null, null), 'ignored', now);
      return { outcome: stored ? 'ignored' : 'replay', depositId: null };
    }
  }
}

const base = (event: StripeEvent, depositId: string | null, providerRef: string | null): StoredEvent => ({
  id: event.id,
  type: event.type,
  depositId,
  providerRef,
});

/** The deposit the intent was created for: its metadata names it, and it must name the intent back. */
async function depositOf(db: Db, intent: StripePaymentIntent) {
  const id = intent.metadata?.deposit_id;
  if (!id || !UUID.test(id)) return null;
  const row = await db
    .selectFrom('deposits')
    .select(['id', 'status', 'contract_id', 'milestone_id', 'job_id'])
    .where('id', '=', id)
    .where('provider_ref', '=', intent.id)
    .executeTakeFirst();
  return row ?? null;
}

async function unknown(deps: Deps, event: StripeEvent, intent: StripePaymentIntent, now: Date): Promise<StripeEventResult> {
  const detail = { metadataDepositId: intent.metadata?.deposit_id ?? null, amount: intent.amount };
  const stored = await storeEvent(deps.db, { ...base(event, null, intent.id), detail }, 'unknown_deposit', now);
  return { outcome: stored ? 'unknown_deposit' : 'replay', depositId: null };
}

async function succeeded(deps: Deps, event: StripeEvent, intent: StripePaymentIntent, now: Date): Promise<StripeEventResult> {
  const deposit = await depositOf(deps.db, intent);
  if (!deposit) return unknown(deps, event, intent, now);
  const stored = base(event, deposit.id, intent.id);
  try {
    const applied = await confirmDeposit(deps, {
      staffId: null,
      depositId: deposit.id,
      receivedAmount: intent.amount_received,
      providerRef: intent.id,
      first: (trx) => storeEvent(trx, { ...stored, detail: { amount: intent.amount_received } }, 'applied', now),
    });
    return { outcome: applied ? 'applied' : 'replay', depositId: deposit.id };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    // Called off meanwhile (by the client, or the contract ended), or the amount differs:
    // the money funds nothing and must go back to the client.
    const detail = { code: error.code, amount: intent.amount_received, refundNeeded: true };
    const first = await storeEvent(deps.db, { ...stored, detail }, 'refused', now);
    return { outcome: first ? 'refused' : 'replay', depositId: deposit.id, code: error.code };
  }
}

/** Why the intent failed, as the client is told. */
export function failureOf(event: StripeEvent, intent: StripePaymentIntent): DepositFailure {
  const konbini =
    intent.payment_method_types?.includes('konbini') || intent.last_payment_error?.payment_method?.type === 'konbini';
  if (event.type === 'payment_intent.canceled') return konbini ? 'expired' : 'canceled';
  if (konbini) return 'expired';
  const error = intent.last_payment_error;
  if (error?.code === 'card_declined' || error?.decline_code) return 'card_declined';
  return 'payment_failed';
}

async function failed(deps: Deps, event: StripeEvent, intent: StripePaymentIntent, now: Date): Promise<StripeEventResult> {
  const deposit = await depositOf(deps.db, intent);
  if (!deposit) return unknown(deps, event, intent, now);
  const failure = failureOf(event, intent);
  const stored = { ...base(event, deposit.id, intent.id), detail: { failure } };
  try {
    return await inTransaction(deps.db, async (trx) => {
      if (!(await storeEvent(trx, stored, 'applied', now))) return { outcome: 'replay' as const, depositId: deposit.id };
      await callOff(trx, deposit, failure, now);
      return { outcome: 'applied' as const, depositId: deposit.id };
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    // Confirmed or called off before: nothing waits any more.
    const first = await storeEvent(deps.db, { ...stored, detail: { failure, code: error.code } }, 'ignored', now);
    return { outcome: first ? 'ignored' : 'replay', depositId: deposit.id, code: error.code };
  }
}

/** The waiting deposit is called off (a posting's escrow goes back to awaiting payment), with the reason. */
async function callOff(
  trx: Db,
  deposit: {
    id: string;
    status: 'pending' | 'confirmed' | 'cancelled';
    contract_id: string | null;
    milestone_id: string | null;
    job_id: string | null;
  },
  failure: DepositFailure,
  now: Date,
): Promise<void> {
  if (deposit.job_id) {
    await lockWorkJob(trx, deposit.job_id);
    await callOffTransfer(trx, deposit.job_id, now);
  } else {
    await applyTransition(trx, {
      table: 'deposits',
      id: deposit.id,
      machine: DEPOSIT_TRANSITIONS,
      action: 'cancel',
      actor: 'system',
      current: deposit.status,
      refusals: { notAllowed: 'forbidden', wrongState: 'deposit-transition-invalid' },
      set: { cancelled_at: now },
    });
  }
  await trx.updateTable('deposits').set({ failure_code: failure }).where('id', '=', deposit.id).execute();
  if (deposit.contract_id)
    await recordEvent(
      trx,
      {
        contractId: deposit.contract_id,
        milestoneId: deposit.milestone_id,
        action: 'deposit.fail',
        actorRole: 'system',
        detail: { depositId: deposit.id, failure },
      },
      now,
    );
}

/** A refund event: kept for the refunds step, which owns refunds and their ledger. */
async function record(
  deps: Deps,
  event: StripeEvent,
  providerRef: string | null,
  detail: Record<string, unknown>,
  now: Date,
): Promise<StripeEventResult> {
  const deposit = providerRef
    ? await deps.db.selectFrom('deposits').select('id').where('provider_ref', '=', providerRef).executeTakeFirst()
    : undefined;
  const stored = await storeEvent(deps.db, { ...base(event, deposit?.id ?? null, providerRef), detail }, 'recorded', now);
  return { outcome: stored ? 'recorded' : 'replay', depositId: deposit?.id ?? null };
}
