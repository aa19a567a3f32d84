import type { ColumnType } from 'kysely';
import type { DateColumn, Timestamp } from './columns';

export interface PayoutSettingsTable {
  user_id: string;
  automatic: ColumnType<boolean, boolean | undefined, boolean>;
  updated_at: Timestamp;
}

export interface AutomaticPayoutRunsTable {
  user_id: string;
  payment_date: DateColumn;
  reason: 'automatic' | 'sixty_days';
  outcome: 'requested' | 'carried_over' | 'no_bank_account' | 'no_payee_identity';
  payout_request_id: string | null;
  amount: number;
  created_at: Timestamp;
}

export interface PayeeIdentitiesTable {
  user_id: string;
  legal_name: string;
  address: string;
  updated_at: Timestamp;
  /** Set at withdrawal while a 支払調書 must be kept; the row is purged after it. */
  retained_until: ColumnType<string | null, string | null | undefined, string | null>;
}
