// The tables of accounts and their security: members, profiles, sessions, tokens, mail,
// the audit log, withdrawal records and the task queue.
import type { ColumnType, Generated } from 'kysely';
import type { UserStatus } from '../../../domain/accounts/process';
import type { Json, NullableTimestamp, Timestamp } from './columns';

export interface UsersTable {
  id: Generated<string>;
  username: string;
  email: string | null;
  email_verified_at: NullableTimestamp;
  password_hash: string | null;
  display_name: string | null;
  intent: ColumnType<'work' | 'order' | 'both', 'work' | 'order' | 'both' | undefined>;
  status: ColumnType<UserStatus, UserStatus | undefined, UserStatus>;
  staff_role: 'support' | 'finance' | 'moderator' | 'admin' | null;
  terms_accepted_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  withdrawn_at: NullableTimestamp;
  /** The language notices and their mails are written in. */
  locale: ColumnType<'ja' | 'en', 'ja' | 'en' | undefined, 'ja' | 'en'>;
}

export interface ProfilesTable {
  user_id: string;
  bio: ColumnType<string, string | undefined>;
  skills: ColumnType<string[], string[] | undefined>;
  occupation: string | null;
  hours_per_week: number | null;
  home_only: ColumnType<boolean, boolean | undefined>;
  times_of_day: ColumnType<string[], string[] | undefined>;
  prefecture: string | null;
  portfolio_links: ColumnType<string[], string[] | undefined>;
  entity_type: ColumnType<'individual' | 'corporation', 'individual' | 'corporation' | undefined>;
  /** 適格請求書発行事業者登録番号, "T" and 13 digits (domain/tax/invoice-number.ts). */
  invoice_number: ColumnType<string | null, string | null | undefined>;
  updated_at: Timestamp;
  /** What the member is found by among workers (domain/discovery/workers.ts), and its tokens. */
  search_text: ColumnType<string, string | undefined>;
  search_tokens: ColumnType<string[], string[] | undefined>;
  /** The skills as the skill filter compares them (normalised). */
  search_skills: ColumnType<string[], string[] | undefined>;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  user_agent: string | null;
  ip: string | null;
  revoked_at: NullableTimestamp;
}

export type AuthTokenKind = 'verify_email' | 'reset_password' | 'change_email';

export interface AuthTokensTable {
  token_hash: string;
  user_id: string;
  kind: AuthTokenKind;
  new_email: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
}

export interface OutboxTable {
  id: Generated<number>;
  kind: 'mail';
  to_address: string | null;
  user_id: string | null;
  template: string;
  subject: string;
  body_text: string;
  status: ColumnType<'pending' | 'sent' | 'failed', 'pending' | undefined, 'pending' | 'sent' | 'failed'>;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
  erase_after_send: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface DevMailboxTable {
  id: Generated<number>;
  outbox_id: number | null;
  to_address: string;
  subject: string;
  body_text: string;
  created_at: Timestamp;
}

/** A member's TOTP second factor: the sealed secret once enabled, a sealed one awaiting its first code. */
export interface SecondFactorsTable {
  user_id: string;
  secret_sealed: Buffer | null;
  enabled_at: NullableTimestamp;
  pending_sealed: Buffer | null;
  pending_at: NullableTimestamp;
  /** The newest time step a code was accepted for (codes of that step or earlier are refused). */
  last_step: ColumnType<string | null, string | number | null | undefined, string | number | null>;
  updated_at: Timestamp;
}

/** Single-use recovery codes, kept as keyed hashes. */
export interface RecoveryCodesTable {
  id: Generated<string>;
  user_id: string;
  code_hash: string;
  created_at: Timestamp;
  used_at: NullableTimestamp;
}

export interface LoginThrottlesTable {
  key: string;
  failures: number;
  window_started_at: Timestamp;
  locked_until: NullableTimestamp;
  /** Locks since the counter was last cleared: each lock lasts twice the one before. */
  locks: ColumnType<number, number | undefined, number>;
}

export interface AuditEventsTable {
  id: Generated<number>;
  actor_user_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  data: Json<Record<string, unknown>>;
  created_at: Timestamp;
}

export interface WithdrawalVaultTable {
  user_id: string;
  email_hmac: string;
  restore_token_hash: string;
  ciphertext: Buffer;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface FormerMembersTable {
  id: Generated<number>;
  email_hmac: string;
  withdrawn_on: ColumnType<string, string, string>;
  purge_after: Timestamp;
}

export interface WithdrawalReasonsTable {
  id: Generated<number>;
  month: ColumnType<string, string, string>;
  reasons: string[];
  other_text: string;
  erase_now: boolean;
}

export interface QueueTasksTable {
  id: Generated<number>;
  kind: string;
  payload: Json<Record<string, unknown>>;
  run_at: Timestamp;
  status: ColumnType<'pending' | 'running' | 'done' | 'failed', 'pending' | undefined, 'pending' | 'running' | 'done' | 'failed'>;
  attempts: ColumnType<number, number | undefined, number>;
  max_attempts: ColumnType<number, number | undefined, number>;
  locked_until: NullableTimestamp;
  last_error: string | null;
  dedupe_key: string | null;
  created_at: Timestamp;
  finished_at: NullableTimestamp;
}
