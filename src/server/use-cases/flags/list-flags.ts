// 要確認フラグ: the open flags for staff, oldest first (the one waiting longest on top), or
// the latest resolved ones. Each names the member, the day the matching former member
// withdrew and, for a contract flag, the contract.
import type { Db } from '../../db/database';

export interface FlagRow {
  id: number;
  kind: 'former-member' | 'former-member-contract';
  user_id: string;
  username: string;
  display_name: string | null;
  status: string;
  contract_id: string | null;
  withdrawn_on: string;
  created_at: Date;
  resolved_at: Date | null;
  resolver: string | null;
  resolution_note: string | null;
}

export const FLAG_PAGE_SIZE = 50;

export async function listFlags(db: Db, state: 'open' | 'resolved'): Promise<{ rows: FlagRow[]; total: number }> {
  let q = db
    .selectFrom('member_flags as f')
    .innerJoin('users as u', 'u.id', 'f.user_id')
    .leftJoin('users as r', 'r.id', 'f.resolved_by')
    .select([
      'f.id',
      'f.kind',
      'f.user_id',
      'u.username',
      'u.display_name',
      'u.status',
      'f.contract_id',
      'f.withdrawn_on',
      'f.created_at',
      'f.resolved_at',
      'r.username as resolver',
      'f.resolution_note',
    ]);
  q =
    state === 'open'
      ? q.where('f.resolved_at', 'is', null).orderBy('f.created_at').orderBy('f.id')
      : q.where('f.resolved_at', 'is not', null).orderBy('f.resolved_at', 'desc').orderBy('f.id', 'desc');
  const rows = await q.limit(FLAG_PAGE_SIZE).execute();
  const count = await db
    .selectFrom('member_flags')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('resolved_at', state === 'open' ? 'is' : 'is not', null)
    .executeTakeFirstOrThrow();
  return { rows: rows.map((r) => ({ ...r, id: Number(r.id) })), total: Number(count.n) };
}
