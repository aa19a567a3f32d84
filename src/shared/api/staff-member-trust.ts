// Trust and safety in a member's staff console: their restrictions, the reports made about
// them and by them, and the flags raised for them (read-only; decided on their own pages).
import { z } from 'zod';
import { REPORT_REASONS, REPORT_STATUSES, REPORT_TARGET_KINDS } from '../../domain/moderation/reports';
import { RESTRICTION_KINDS } from '../../domain/moderation/restrictions';

const TrustReport = z.object({
  id: z.string(),
  targetKind: z.enum(REPORT_TARGET_KINDS),
  reason: z.enum(REPORT_REASONS),
  status: z.enum(REPORT_STATUSES),
  excerpt: z.string(),
  createdAt: z.string(),
  /** The other member: the reporter of a report about them, the reported member of one by them. */
  other: z.object({ username: z.string() }),
});

export const StaffMemberTrust = z.object({
  restrictions: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(RESTRICTION_KINDS),
      state: z.enum(['active', 'ended', 'lifted']),
      articleTitle: z.string(),
      startsAt: z.string(),
      endsAt: z.string().nullable(),
      /** An appeal waits for a decision. */
      appealPending: z.boolean(),
    }),
  ),
  reportsAbout: z.array(TrustReport),
  reportsBy: z.array(TrustReport),
  flags: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['former-member', 'former-member-contract']),
      withdrawnOn: z.string(),
      createdAt: z.string(),
      resolvedAt: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
});
export type StaffMemberTrust = z.infer<typeof StaffMemberTrust>;
