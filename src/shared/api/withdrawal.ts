// Request and response schemas of the withdrawal (退会) endpoints.
import { z } from 'zod';
import { paragraph, passwordInput, typeError } from './fields';

export const WITHDRAWAL_REASONS = {
  'low-income': { ja: '稼げない', en: 'I cannot earn enough' },
  'low-unit-price': { ja: '案件単価が上がらない', en: 'Job prices do not go up' },
  'not-a-fit': { ja: '自分に合っていない', en: 'It does not suit me' },
  'other-service': { ja: 'ほかのサービスを使う', en: 'I will use another service' },
  'change-username': { ja: 'ユーザー名を変更したい', en: 'I want a different username' },
  other: { ja: 'その他', en: 'Other' },
} as const;
export type WithdrawalReason = keyof typeof WITHDRAWAL_REASONS;
export const WITHDRAWAL_REASON_KEYS = Object.keys(WITHDRAWAL_REASONS) as [WithdrawalReason, ...WithdrawalReason[]];

export const WARNING_CODES = [
  'record-reset',
  'username-reserved',
  'direct-deal-rule',
  'balance-paid-out',
  'held-items-discarded',
  'logout-is-different',
  'undo-window',
] as const;

const ItemResolve = z.object({
  method: z.literal('POST'),
  /** API path to POST to (with the CSRF header and an empty JSON body). */
  href: z.string(),
  label: z.string(),
  /** What pressing it does; the page asks for confirmation with it. */
  confirm: z.string(),
  /** What it did, shown once it succeeded. */
  done: z.string(),
  /** Pressing it starts a wait (e.g. the selection period of a competition): what and until when. */
  startsWait: z.string().nullable(),
});

export const BlockerItem = z.object({
  id: z.string(),
  title: z.string(),
  link: z.string(),
  /** When the member is free of this item if they do nothing (the end of all its timers); null: it needs someone to act. */
  clearsAt: z.string().nullable(),
  /** An end someone else brings on a known date (a payout's transfer date), not a timer. */
  expectedAt: z.string().nullable(),
  /** What brings the expected end: a transfer by staff, or a delivery and its acceptance. */
  expectedBy: z.enum(['transfer', 'delivery']).nullable(),
  /** Blockers this item turns into or leaves behind before it is gone, each with what happens. */
  followedBy: z.array(z.object({ code: z.string(), itemId: z.string(), note: z.string() })),
  resolve: ItemResolve.nullable(),
});

export const Blocker = z.object({
  code: z.string(),
  role: z.enum(['worker', 'client', 'both']),
  title: z.string(),
  explanation: z.string(),
  count: z.number().int(),
  items: z.array(BlockerItem),
  resolve: z.object({ label: z.string(), link: z.string() }),
  clearsAt: z.string().nullable(),
});
export type Blocker = z.infer<typeof Blocker>;

export const WithdrawalPrecheck = z.object({
  eligible: z.boolean(),
  blockers: z.array(Blocker),
  warnings: z.array(z.enum(WARNING_CODES)),
  balanceYen: z.number().int(),
  /** Writes waiting for staff review, discarded at withdrawal (a warning, never a blocker). */
  heldItemsPending: z.number().int(),
  undoDays: z.number().int(),
  username: z.string(),
  /** Only payouts on their way block: the withdrawal can be scheduled (予約退会). */
  schedulable: z.boolean(),
  /** A scheduled withdrawal waiting for its payouts, if any. */
  scheduled: z.object({ requestedAt: z.string(), completesAfter: z.string().nullable() }).nullable(),
});
export type WithdrawalPrecheck = z.infer<typeof WithdrawalPrecheck>;

export const WithdrawBody = z.strictObject({
  reasons: z
    .array(z.enum(WITHDRAWAL_REASON_KEYS, { error: 'invalid-choice' }), { error: typeError })
    .max(WITHDRAWAL_REASON_KEYS.length, { error: 'too-many' }),
  otherReason: paragraph(1000),
  password: passwordInput,
  /** Skip the undo window: personal data is destroyed at once and cannot be restored. */
  eraseNow: z.boolean({ error: typeError }),
  /**
   * When the only blockers are payouts not yet transferred: withdraw by itself once the
   * last transfer is done (予約退会). The answer is then 202 with the expected date.
   */
  schedule: z.boolean({ error: typeError }).default(false),
});
export type WithdrawBody = z.infer<typeof WithdrawBody>;

export const WithdrawResult = z.object({
  withdrawnAt: z.string(),
  /** Until when the mailed link can restore the account; null with "erase now". */
  undoUntil: z.string().nullable(),
});
export type WithdrawResult = z.infer<typeof WithdrawResult>;
export const ScheduledWithdrawResult = z.object({
  scheduled: z.literal(true),
  /** The latest expected transfer date of the payouts it waits for. */
  completesAfter: z.string().nullable(),
});
