// The member's payout choices in the export: automatic payouts (自動出金), the runs that
// looked at them on each payment date, and the legal name and address a 支払調書 names.
import type { Db } from '../db/database';

export async function exportPayoutChoices(db: Db, userId: string) {
  const [settings, runs, identity] = await Promise.all([
    db.selectFrom('payout_settings').select(['automatic', 'updated_at']).where('user_id', '=', userId).executeTakeFirst(),
    db
      .selectFrom('automatic_payout_runs')
      .select(['payment_date', 'reason', 'outcome', 'payout_request_id', 'amount', 'created_at'])
      .where('user_id', '=', userId)
      .orderBy('payment_date')
      .execute(),
    db
      .selectFrom('payee_identities')
      .select(['legal_name', 'address', 'updated_at', 'retained_until'])
      .where('user_id', '=', userId)
      .executeTakeFirst(),
  ]);
  return {
    payoutSettings: settings ? { userId, automatic: settings.automatic, updatedAt: settings.updated_at.toISOString() } : null,
    automaticPayouts: runs.map((r) => ({
      paymentDate: r.payment_date,
      reason: r.reason,
      outcome: r.outcome,
      payoutRequestId: r.payout_request_id,
      amount: r.amount,
      at: r.created_at.toISOString(),
    })),
    payeeIdentity: identity
      ? {
          userId,
          legalName: identity.legal_name,
          address: identity.address,
          updatedAt: identity.updated_at.toISOString(),
          retainedUntil: identity.retained_until,
        }
      : null,
  };
}
