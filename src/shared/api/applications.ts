// Applications (応募), messages and notifications.
import { z } from 'zod';
import { paragraph, typeError } from './fields';

export const ApplyBody = z.strictObject({
  proposal: paragraph(4000).refine((s) => s.length > 0, { error: 'required' }),
  /** The worker's quote in yen, before tax. */
  quotedAmount: z
    .number({ error: typeError })
    .int({ error: 'not-integer' })
    .min(1000, { error: 'too-small' })
    .max(100_000_000, { error: 'too-big' }),
  deliveryDays: z
    .number({ error: typeError })
    .int({ error: 'not-integer' })
    .min(1, { error: 'too-small' })
    .max(365, { error: 'too-big' }),
});
export type ApplyBody = z.infer<typeof ApplyBody>;

export const DeclineBody = z.strictObject({ reason: paragraph(1000).nullable().default(null) });
export const ShortlistBody = z.strictObject({ shortlisted: z.boolean({ error: typeError }) });

const Party = z.object({ username: z.string(), displayName: z.string(), withdrawn: z.boolean() });

export const Application = z.object({
  id: z.string(),
  status: z.enum(['pending', 'hired', 'declined', 'withdrawn', 'expired']),
  shortlisted: z.boolean(),
  proposal: z.string(),
  quotedAmount: z.number().int(),
  deliveryDays: z.number().int(),
  declineReason: z.string().nullable(),
  expiresAt: z.string(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
  job: z.object({
    id: z.string(),
    title: z.string(),
    kind: z.string(),
    status: z.string(),
    deadline: z.string(),
    hires: z.number().int().nullable(),
  }),
  worker: Party,
  client: Party,
  threadId: z.string().nullable(),
  viewer: z.object({ role: z.enum(['worker', 'client']) }),
});
export type Application = z.infer<typeof Application>;
export const ApplicationList = z.object({ items: z.array(Application) });

export const Notification = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export const NotificationList = z.object({ items: z.array(Notification), unreadCount: z.number().int() });

export const SendMessageBody = z.strictObject({
  body: paragraph(4000).refine((s) => s.length > 0, { error: 'required' }),
});

export const Message = z.object({
  id: z.string(),
  sender: Party.extend({ isMe: z.boolean() }),
  body: z.string(),
  createdAt: z.string(),
});
export const ThreadSummary = z.object({
  id: z.string(),
  subjectType: z.enum(['application', 'offer', 'contract']),
  subjectId: z.string(),
  title: z.string(),
  /** Where the thread lives in the web app. */
  link: z.string(),
  otherParty: Party,
  lastMessageAt: z.string().nullable(),
  unreadCount: z.number().int(),
});
export const ThreadMessages = z.object({ thread: ThreadSummary, items: z.array(Message) });
export const ThreadList = z.object({ items: z.array(ThreadSummary), unreadTotal: z.number().int() });

export const OfferBody = z.strictObject({
  /** The worker's username. */
  username: z.string({ error: typeError }).min(1, { error: 'required' }).max(64, { error: 'too-long' }),
  message: paragraph(4000).refine((s) => s.length > 0, { error: 'required' }),
});
export const OfferDeclineBody = z.strictObject({ reason: paragraph(1000).nullable().default(null) });

export const Offer = z.object({
  id: z.string(),
  status: z.enum(['pending', 'accepted', 'declined', 'cancelled', 'expired']),
  message: z.string(),
  declineReason: z.string().nullable(),
  expiresAt: z.string(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
  job: z.object({ id: z.string(), title: z.string(), kind: z.string(), status: z.string() }),
  worker: Party,
  client: Party,
  threadId: z.string().nullable(),
  viewer: z.object({ role: z.enum(['worker', 'client']) }),
});
export type Offer = z.infer<typeof Offer>;
export const OfferList = z.object({ received: z.array(Offer), sent: z.array(Offer) });
