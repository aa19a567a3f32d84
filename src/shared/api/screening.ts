// Screening (直接取引の防止) on the wire: what was caught in a write, the header that sends
// a caught write for staff review instead, and held items for their author and for staff.
import { z } from 'zod';

/**
 * Sends a caught write for staff review: the member's reason, percent-encoded UTF-8
 * (encodeURIComponent), 1–1000 characters. Without it a caught write is refused (422).
 */
export const SCREENING_REVIEW_HEADER = 'screening-review';

export const ScreeningFinding = z.object({
  /** JSON pointer into the request body. */
  field: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  excerpt: z.string(),
  ruleId: z.string(),
  article: z.string(),
  reason: z.object({ ja: z.string(), en: z.string() }),
});
export type ScreeningFinding = z.infer<typeof ScreeningFinding>;

export const HELD_ITEM_STATUSES = ['pending', 'approved', 'rejected', 'failed', 'discarded'] as const;

export const HeldItem = z.object({
  id: z.string(),
  kind: z.string(),
  /** What it is, in the reader's language (メッセージ, 応募…). */
  what: z.string(),
  status: z.enum(HELD_ITEM_STATUSES),
  target: z.object({ type: z.string(), id: z.string().nullable() }),
  /** The texts of the write by JSON pointer, as the author wrote them. */
  texts: z.record(z.string(), z.string()),
  findings: z.array(ScreeningFinding),
  reason: z.string(),
  decisionNote: z.string().nullable(),
  failureCode: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type HeldItem = z.infer<typeof HeldItem>;

export const HeldAccepted = z.object({ heldItem: HeldItem });
export type HeldAccepted = z.infer<typeof HeldAccepted>;

export const MyHeldQuery = z.strictObject({
  targetType: z.string().max(20).optional(),
  targetId: z.string().max(100).optional(),
});
export const MyHeldList = z.object({ items: z.array(HeldItem) });

export const StaffHeldQuery = z.strictObject({
  status: z.enum(HELD_ITEM_STATUSES, { error: 'invalid-choice' }).default('pending'),
});
export const StaffHeldItem = HeldItem.extend({
  author: z.object({ username: z.string(), displayName: z.string().nullable() }),
});
export const StaffHeldList = z.object({ items: z.array(StaffHeldItem) });
export const StaffHeldDetail = z.object({
  item: StaffHeldItem,
  /** How many of the author's writes were held, by status (this one included). */
  authorHistory: z.record(z.string(), z.number().int()),
});
export type StaffHeldDetail = z.infer<typeof StaffHeldDetail>;

export const ApproveHeldBody = z.strictObject({ note: z.string().max(1000, { error: 'too-long' }).default('') });
export const RejectHeldBody = z.strictObject({
  note: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(1000, { error: 'too-long' }),
});
export const DecideHeldResult = z.object({ status: z.enum(['approved', 'rejected', 'failed']) });

export const CONTACT_REASON_KINDS = ['on-site', 'call', 'handover', 'other'] as const;

export const ContactRequestBody = z.strictObject({
  reasonKind: z.enum(CONTACT_REASON_KINDS, { error: 'invalid-choice' }),
  reason: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(1000, { error: 'too-long' }),
});
export type ContactRequestBody = z.infer<typeof ContactRequestBody>;

export const ContactRequest = z.object({
  id: z.string(),
  contractId: z.string(),
  contractTitle: z.string(),
  requester: z.object({ username: z.string(), displayName: z.string().nullable() }),
  reasonKind: z.enum(CONTACT_REASON_KINDS),
  reason: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  decisionNote: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type ContactRequest = z.infer<typeof ContactRequest>;
export const ContactRequestList = z.object({
  /** Contact details pass screening in this contract's thread. */
  allowed: z.boolean(),
  items: z.array(ContactRequest),
});
export type ContactRequestList = z.infer<typeof ContactRequestList>;
export const StaffContactRequestList = z.object({ items: z.array(ContactRequest) });
export const DecideContactBody = z.strictObject({ note: z.string().trim().max(1000, { error: 'too-long' }).default('') });
