// Applications (応募), messages and notifications.
import { z } from 'zod';
import { OFFER_STATUSES } from '../../domain/applications/offers';
import { APPLICATION_STATUSES } from '../../domain/applications/process';
import { ENTRY_STATUSES } from '../../domain/competitions/process';
import { PARTY_ROLES } from '../../domain/contracts/process';
import { CONTRACT_AMOUNT_MAX } from '../../domain/money/limits';
import { line, paragraph, typeError, uuid } from './fields';

/** Files uploaded through POST /api/v1/attachments, attached by id. */
export const AttachmentIds = z.array(uuid('attachment-invalid'), { error: typeError }).max(5, { error: 'too-many' }).default([]);

export const ApplyBody = z.strictObject({
  proposal: paragraph(4000).refine((s) => s.length > 0, { error: 'required' }),
  /** The worker's quote in yen, before tax. */
  quotedAmount: z
    .number({ error: typeError })
    .int({ error: 'not-integer' })
    .min(1000, { error: 'too-small' })
    .max(CONTRACT_AMOUNT_MAX, { error: 'too-big' }),
  deliveryDays: z
    .number({ error: typeError })
    .int({ error: 'not-integer' })
    .min(1, { error: 'too-small' })
    .max(365, { error: 'too-big' }),
  /** Files uploaded through POST /api/v1/attachments. */
  attachmentIds: AttachmentIds,
});
export type ApplyBody = z.infer<typeof ApplyBody>;

export const DeclineBody = z.strictObject({ reason: paragraph(1000).nullable().default(null) });
export const ShortlistBody = z.strictObject({ shortlisted: z.boolean({ error: typeError }) });

const Party = z.object({ username: z.string(), displayName: z.string(), withdrawn: z.boolean() });

export const AttachmentInfo = z.object({ id: z.string(), filename: z.string(), contentType: z.string(), size: z.number().int() });

export const Application = z.object({
  id: z.string(),
  status: z.enum(APPLICATION_STATUSES),
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
  /** The worker's 適格請求書発行事業者登録番号, null when not registered (インボイス未登録). */
  workerInvoiceNumber: z.string().nullable(),
  client: Party,
  threadId: z.string().nullable(),
  attachments: z.array(AttachmentInfo),
  /** The contract made when the worker was hired. */
  contractId: z.string().nullable(),
  viewer: z.object({ role: z.enum(PARTY_ROLES) }),
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
  attachmentIds: AttachmentIds,
});

export const Message = z.object({
  id: z.string(),
  sender: Party.extend({ isMe: z.boolean() }),
  body: z.string(),
  /** Removed by staff (moderation): shown as 「スタッフにより削除されました」. */
  removedByStaff: z.boolean(),
  attachments: z.array(AttachmentInfo),
  createdAt: z.string(),
});
export const ThreadSummary = z.object({
  id: z.string(),
  subjectType: z.enum(['application', 'offer', 'contract', 'inquiry']),
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
  /** The amount proposed, in yen before tax; the contract starts with it (the job's budget when absent). */
  amount: z
    .number({ error: typeError })
    .int({ error: 'not-integer' })
    .min(1000, { error: 'too-small' })
    .max(CONTRACT_AMOUNT_MAX, { error: 'too-big' })
    .nullable()
    .default(null),
});
export const OfferDeclineBody = z.strictObject({ reason: paragraph(1000).nullable().default(null) });

export const Offer = z.object({
  id: z.string(),
  status: z.enum(OFFER_STATUSES),
  message: z.string(),
  amount: z.number().int().nullable(),
  declineReason: z.string().nullable(),
  expiresAt: z.string(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
  job: z.object({ id: z.string(), title: z.string(), kind: z.string(), status: z.string() }),
  worker: Party,
  client: Party,
  threadId: z.string().nullable(),
  /** The contract made when the offer was accepted. */
  contractId: z.string().nullable(),
  viewer: z.object({ role: z.enum(PARTY_ROLES) }),
});
export type Offer = z.infer<typeof Offer>;
export const OfferList = z.object({ received: z.array(Offer), sent: z.array(Offer) });

export const EntryBody = z.strictObject({
  title: line(80, 1),
  description: paragraph(4000),
  attachmentIds: AttachmentIds,
});
export const Entry = z.object({
  id: z.string(),
  jobId: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.enum(ENTRY_STATUSES),
  createdAt: z.string(),
  worker: Party,
  attachments: z.array(AttachmentInfo),
  viewer: z.object({ role: z.enum(PARTY_ROLES) }),
});
export const EntryList = z.object({ items: z.array(Entry) });
