// The audit log as staff read it (監査ログ): who did what to which subject and when, newest
// first, filtered by actor, action, subject and a range of days in Japan.
import { z } from 'zod';
import { STAFF_ROLES } from '../../domain/policies/staff';
import { isoDate } from './fields';

export const AUDIT_PAGE_MAX = 100;

export const AuditQuery = z
  .object({
    /** The actor's username (an initial @ is ignored), or "system" for what no member did. */
    actor: z
      .string()
      .trim()
      .max(40, { error: 'too-long' })
      .transform((s) => s.replace(/^@/, ''))
      .optional(),
    /** An action (account.withdrawn), or a group of them (account). */
    action: z
      .string()
      .trim()
      .max(60, { error: 'too-long' })
      .regex(/^[a-z_]+(\.[a-z_]+)*$/)
      .optional(),
    subjectType: z
      .string()
      .trim()
      .max(40, { error: 'too-long' })
      .regex(/^[a-z_]+$/)
      .optional(),
    subjectId: z.string().trim().max(100, { error: 'too-long' }).optional(),
    /** First and last day, in Japan, both included. */
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** The page after this event id (the previous page's `next`). */
    before: z
      .string()
      .regex(/^[1-9][0-9]{0,17}$/)
      .optional(),
    limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(50),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'date-range' });
  });
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEvent = z.object({
  id: z.string(),
  at: z.string(),
  /** Null: the platform itself (a timer, a transfer) or an account since deleted. */
  actor: z
    .object({
      username: z.string(),
      displayName: z.string(),
      staffRole: z.enum(STAFF_ROLES).nullable(),
    })
    .nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditPage = z.object({
  items: z.array(AuditEvent),
  /** The `before` of the next page; null on the last one. */
  next: z.string().nullable(),
});
export type AuditPage = z.infer<typeof AuditPage>;
