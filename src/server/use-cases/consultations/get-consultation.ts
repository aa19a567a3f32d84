// One consultation for staff, unless it is their own or about a contract they are a
// party to (then another staff member handles it).
import { staffConflicted } from '../../../domain/consultations/consultation';
import { AppError } from '../../../domain/errors';
import { type ConsultationRow, consultationRows, partiesOf, presentMine } from '../../consultations/rows';
import type { Db } from '../../db/database';

export async function readConsultationForStaff(db: Db, staffId: string, id: string): Promise<ConsultationRow> {
  const row = await consultationRows(db).where('q.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not-found');
  if (staffConflicted(staffId, { memberId: row.member_id, parties: partiesOf(row) })) {
    throw new AppError('staff-conflict-of-interest');
  }
  return row;
}

export async function getConsultation(db: Db, input: { staffId: string; consultationId: string }) {
  const r = await readConsultationForStaff(db, input.staffId, input.consultationId);
  return {
    ...presentMine(r),
    member: { id: r.member_id, username: r.username, displayName: r.display_name ?? '' },
    answeredBy: r.answered_by,
    updatedAt: r.updated_at.toISOString(),
  };
}
