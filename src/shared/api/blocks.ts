// Blocking (ブロック) and the staff flags of former members (要確認フラグ).
import { z } from 'zod';
import { FLAG_NOTE_MAX } from '../../domain/blocks/former-members';
import { line, paragraph, uuid } from './fields';

/** Whom to block: a username (an initial @ is ignored) or a member's id. */
export const BlockInput = z
  .strictObject({
    username: line(40, 1)
      .transform((s) => s.replace(/^@/, ''))
      .optional(),
    userId: uuid().optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.username === undefined) === (v.userId === undefined))
      ctx.addIssue({ code: 'custom', path: ['username'], message: 'required' });
  });
export type BlockInput = z.infer<typeof BlockInput>;

export const BlockParams = z.strictObject({ userId: uuid() });

export const BlockListQuery = z.strictObject({ page: z.coerce.number().int().min(1).max(1000).default(1) });

export const BlockedMember = z.object({
  userId: z.string(),
  username: z.string(),
  displayName: z.string(),
  blockedAt: z.string(),
});
export type BlockedMember = z.infer<typeof BlockedMember>;

export const BlockList = z.object({
  items: z.array(BlockedMember),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type BlockList = z.infer<typeof BlockList>;

/** Whether I blocked this member (the other direction is never told). */
export const BlockState = z.object({ userId: z.string(), blocked: z.boolean() });

export const UsernameParams = z.strictObject({ username: z.string().min(1).max(40) });
export type BlockState = z.infer<typeof BlockState>;

export const FLAG_KINDS = ['former-member', 'former-member-contract'] as const;

export const StaffFlag = z.object({
  id: z.string(),
  kind: z.enum(FLAG_KINDS),
  member: z.object({ userId: z.string(), username: z.string(), displayName: z.string(), status: z.string() }),
  /** The contract or order the flag is about (former-member-contract). */
  contractId: z.string().nullable(),
  /** The day the matching former member withdrew. */
  withdrawnOn: z.string(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  note: z.string().nullable(),
});
export type StaffFlag = z.infer<typeof StaffFlag>;

export const StaffFlagList = z.object({ items: z.array(StaffFlag), total: z.number() });
export type StaffFlagList = z.infer<typeof StaffFlagList>;

export const FlagParams = z.strictObject({ id: z.string().regex(/^[1-9][0-9]{0,17}$/) });

export const ResolveFlagInput = z.strictObject({ note: paragraph(FLAG_NOTE_MAX).pipe(z.string().min(1, { error: 'required' })) });
export type ResolveFlagInput = z.infer<typeof ResolveFlagInput>;
