// The staff's members console (会員管理): finding a member by username, email or id, and
// one member's status, identity, open items, money, sessions and audit trail.
import { z } from 'zod';
import { USER_STATUSES } from '../../domain/accounts/process';
import { STAFF_ROLES } from '../../domain/policies/staff';
import { INTENT_KEYS } from '../labels';
import { AuditEvent } from './audit';
import { typeError } from './fields';
import { Blocker } from './withdrawal';

export const STAFF_USERS_PAGE_SIZE = 20;

export const StaffUserQuery = z.object({
  /** A username or its beginning (an initial @ is ignored), an email address (exact), or a member's id. */
  q: z.string({ error: typeError }).trim().min(1, { error: 'required' }).max(254, { error: 'too-long' }),
  page: z.coerce
    .number({ error: 'invalid-type' })
    .int({ error: 'not-integer' })
    .min(1, { error: 'too-small' })
    .max(500, { error: 'too-big' })
    .default(1),
});
export type StaffUserQuery = z.infer<typeof StaffUserQuery>;

export const StaffUserSummary = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string().nullable(),
  /** Null once a withdrawal erased it. */
  email: z.string().nullable(),
  status: z.enum(USER_STATUSES),
  staffRole: z.enum(STAFF_ROLES).nullable(),
  registeredAt: z.string(),
});
export type StaffUserSummary = z.infer<typeof StaffUserSummary>;

export const StaffUserList = z.object({
  /** How the query was read: a username prefix, an exact email or an id. */
  matchedBy: z.enum(['username', 'email', 'id']),
  items: z.array(StaffUserSummary),
  page: z.number().int(),
  hasMore: z.boolean(),
});
export type StaffUserList = z.infer<typeof StaffUserList>;

export const StaffUserDetail = z.object({
  id: z.string(),
  status: z.enum(USER_STATUSES),
  withdrawnAt: z.string().nullable(),
  /** A scheduled withdrawal (予約退会) waiting for payouts. */
  withdrawalRequestedAt: z.string().nullable(),
  identity: z.object({
    username: z.string(),
    displayName: z.string().nullable(),
    email: z.string().nullable(),
    emailVerifiedAt: z.string().nullable(),
    registeredAt: z.string(),
    intent: z.enum(INTENT_KEYS),
    entityType: z.enum(['individual', 'corporation']).nullable(),
    staffRole: z.enum(STAFF_ROLES).nullable(),
    locale: z.enum(['ja', 'en']),
  }),
  /** The open items that block withdrawal: the same list the member sees on the pre-check. */
  openItems: z.object({ eligible: z.boolean(), blockers: z.array(Blocker) }),
  /** Balances from the ledger, integer yen. */
  money: z.object({
    earningsYen: z.number().int(),
    payoutsInFlightYen: z.number().int(),
    escrowAsClientYen: z.number().int(),
    escrowAsWorkerYen: z.number().int(),
  }),
  /** Live sessions: the device and when it was last used (no tokens, no addresses). */
  sessions: z.array(z.object({ device: z.string(), createdAt: z.string(), lastSeenAt: z.string() })),
  /** The newest audit events about this member (subject user); `more` when the log holds older ones. */
  audit: z.object({ items: z.array(AuditEvent), more: z.boolean() }),
});
export type StaffUserDetail = z.infer<typeof StaffUserDetail>;
