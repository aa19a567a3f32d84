// The tables of blocking between members and of the flags staff look at (former members).
import type { Generated } from 'kysely';
import type { DateColumn, NullableTimestamp, Timestamp } from './columns';

export interface MemberBlocksTable {
  blocker_id: string;
  blocked_id: string;
  created_at: Timestamp;
}

export type MemberFlagKind = 'former-member' | 'former-member-contract';

export interface MemberFlagsTable {
  id: Generated<number>;
  kind: MemberFlagKind;
  user_id: string;
  contract_id: string | null;
  /** The day the matching former member withdrew. */
  withdrawn_on: DateColumn;
  created_at: Timestamp;
  resolved_by: string | null;
  resolved_at: NullableTimestamp;
  resolution_note: string | null;
}
