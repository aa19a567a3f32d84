// The held_items table: reads shared by the author's and the staff's views.
import type { Db } from '../db/database';
import type { HeldItemStatus, StoredFinding } from '../db/schema';

export const HELD_COLUMNS = [
  'h.id',
  'h.kind',
  'h.author_id',
  'h.target_type',
  'h.target_id',
  'h.input',
  'h.findings',
  'h.reason',
  'h.status',
  'h.decided_by',
  'h.decision_note',
  'h.failure_code',
  'h.created_at',
  'h.decided_at',
] as const;

export interface HeldItemRow {
  id: string;
  kind: string;
  author_id: string;
  target_type: string;
  target_id: string | null;
  input: Record<string, unknown>;
  findings: StoredFinding[];
  reason: string;
  status: HeldItemStatus;
  decided_by: string | null;
  decision_note: string | null;
  failure_code: string | null;
  created_at: Date;
  decided_at: Date | null;
}

export async function findHeldItem(db: Db, id: string): Promise<HeldItemRow | undefined> {
  return db.selectFrom('held_items as h').select(HELD_COLUMNS).where('h.id', '=', id).executeTakeFirst();
}
