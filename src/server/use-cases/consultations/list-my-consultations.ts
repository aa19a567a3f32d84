// The consultations a member sent, newest first, with staff's answers.
import { consultationRows, presentMine } from '../../consultations/rows';
import type { Db } from '../../db/database';

export async function listMyConsultations(db: Db, memberId: string) {
  const rows = await consultationRows(db)
    .where('q.member_id', '=', memberId)
    .orderBy('q.created_at', 'desc')
    .limit(200)
    .execute();
  return { items: rows.map(presentMine) };
}
