// Staff accounts are members too: they may take work, post and be paid. Staff never act
// as staff on their own affairs — settling a dispute on a contract they are a party to,
// confirming a deposit for their own contract or posting, marking their own transfer
// done or failed, building or downloading a payout batch holding their own transfer.
// Another staff member must act. The refusal is written to the audit log, in its own
// statement, before the action's transaction starts (a refused transaction keeps nothing).
import { AppError } from '../../domain/errors';
import type { Db } from '../db/database';
import { recordAudit } from '../db/repositories/audit';
import type { Deps } from '../deps';

export type StaffSubject =
  | { type: 'deposit'; id: string }
  | { type: 'dispute'; id: string }
  | { type: 'payout_request'; id: string }
  | { type: 'payout_batch'; id: string }
  /** The batch that building one for this date would make. */
  | { type: 'payout_batch_due'; paymentDate: string };

/** The members on whose behalf a staff action on the subject would be taken. */
async function partiesOf(db: Db, subject: StaffSubject): Promise<string[]> {
  switch (subject.type) {
    case 'deposit': {
      const rows = await db
        .selectFrom('deposits as d')
        .leftJoin('contracts as c', 'c.id', 'd.contract_id')
        .leftJoin('jobs as j', 'j.id', 'd.job_id')
        .select(['d.client_id', 'c.client_id as contract_client', 'c.worker_id', 'j.client_id as job_client'])
        .where('d.id', '=', subject.id)
        .execute();
      return rows.flatMap((r) => [r.client_id, r.contract_client, r.worker_id, r.job_client]).filter(isId);
    }
    case 'dispute': {
      const rows = await db
        .selectFrom('disputes as d')
        .innerJoin('contracts as c', 'c.id', 'd.contract_id')
        .select(['c.client_id', 'c.worker_id'])
        .where('d.id', '=', subject.id)
        .execute();
      return rows.flatMap((r) => [r.client_id, r.worker_id]);
    }
    case 'payout_request': {
      const rows = await db.selectFrom('payout_requests').select('user_id').where('id', '=', subject.id).execute();
      return rows.map((r) => r.user_id);
    }
    case 'payout_batch': {
      const rows = await db.selectFrom('payout_requests').select('user_id').where('batch_id', '=', subject.id).execute();
      return rows.map((r) => r.user_id);
    }
    case 'payout_batch_due': {
      // An impossible date makes no batch: the action itself refuses it.
      const day = new Date(`${subject.paymentDate}T00:00:00Z`);
      if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== subject.paymentDate) return [];
      const rows = await db
        .selectFrom('payout_requests')
        .select('user_id')
        .where('status', '=', 'requested')
        .where('scheduled_date', '<=', subject.paymentDate)
        .execute();
      return rows.map((r) => r.user_id);
    }
  }
}

const isId = (v: string | null): v is string => v !== null;

/**
 * Refuses (403 staff-conflict-of-interest) and audits a staff action on the staff
 * member's own affairs. Call it before the action's transaction, with the root database.
 */
export async function refuseOwnAffairs(
  deps: Deps,
  input: { staffId: string; action: string; subject: StaffSubject },
): Promise<void> {
  const parties = await partiesOf(deps.db, input.subject);
  if (!parties.includes(input.staffId)) return;
  const { subject } = input;
  await recordAudit(deps.db, {
    actorUserId: input.staffId,
    action: 'staff.conflict_refused',
    subjectType: subject.type === 'payout_batch_due' ? 'payout_batch' : subject.type,
    subjectId: subject.type === 'payout_batch_due' ? null : subject.id,
    data: { attempted: input.action, ...(subject.type === 'payout_batch_due' ? { paymentDate: subject.paymentDate } : {}) },
    now: deps.clock(),
  });
  throw new AppError('staff-conflict-of-interest');
}

/** The same rule inside an action's transaction, for rows it has locked (no audit row: it would roll back). */
export function assertNotParty(staffId: string, parties: (string | null | undefined)[]): void {
  if (parties.includes(staffId)) throw new AppError('staff-conflict-of-interest');
}
