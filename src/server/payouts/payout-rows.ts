import type { Selectable } from 'kysely';
import { maskAccountNumber } from '../../domain/payouts/bank-account';
import type { Db } from '../db/database';
import type { PayoutRequestsTable } from '../db/schema';
import { findBank, findBranch } from '../integrations/banks/directory';

export type PayoutRow = Selectable<PayoutRequestsTable>;

export function presentPayout(r: PayoutRow) {
  return {
    id: r.id,
    amount: r.amount,
    fee: r.fee,
    net: r.net,
    final: r.final,
    status: r.status,
    scheduledDate: r.scheduled_date,
    // Named from the bank list by the codes the request keeps: public names, so they stay
    // after the member has left or changed the account (a code only if the list lost it).
    bank: {
      bankName: findBank(r.bank_code)?.name ?? r.bank_code,
      branchName: findBranch(r.bank_code, r.branch_code)?.name ?? r.branch_code,
      numberMasked: maskAccountNumber(`0000${r.number_hint}`),
    },
    failureReason: r.failure_reason,
    requestedAt: r.requested_at.toISOString(),
    paidAt: r.paid_at?.toISOString() ?? null,
    failedAt: r.failed_at?.toISOString() ?? null,
  };
}

export function payoutQuery(db: Db) {
  return db.selectFrom('payout_requests as p').selectAll('p');
}

// ── staff (finance) ─────────────────────────────────────────────────────────

export function staffPayoutQuery(db: Db) {
  return payoutQuery(db).innerJoin('users as u', 'u.id', 'p.user_id').select(['u.username']);
}

export function presentStaffPayout(r: PayoutRow & { username: string }) {
  return { ...presentPayout(r), user: { username: r.username }, batchId: r.batch_id };
}
