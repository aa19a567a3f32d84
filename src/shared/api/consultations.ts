// The consultation desk (ハラスメント等の相談窓口): a member's consultation with staff, the
// member's own list with staff's answers, and staff's queue.
import { z } from 'zod';
import { CONSULTATION_CATEGORIES, CONSULTATION_LIMITS, CONSULTATION_STATUSES } from '../../domain/consultations/consultation';
import { paragraph, typeError, uuid } from './fields';

const L = CONSULTATION_LIMITS;

export const SendConsultationBody = z.strictObject({
  category: z.enum(CONSULTATION_CATEGORIES, { error: typeError }),
  description: paragraph(L.descriptionMax).pipe(z.string().min(L.descriptionMin, { error: 'too-short' })),
  /** One of the member's contracts (a service order is named by its contract), or left out. */
  contractId: uuid().nullish(),
});
export type SendConsultationBody = z.infer<typeof SendConsultationBody>;

export const SentConsultation = z.object({ id: z.string() });

/** The contract a consultation names, as the member or staff see it. */
const Reference = z.object({ contractId: z.string(), title: z.string(), isOrder: z.boolean() }).nullable();

/** A consultation as its member sees it: what they wrote, its state, staff's answer. */
export const MyConsultation = z.object({
  id: z.string(),
  category: z.enum(CONSULTATION_CATEGORIES),
  description: z.string(),
  reference: Reference,
  status: z.enum(CONSULTATION_STATUSES),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  createdAt: z.string(),
});
export const MyConsultationList = z.object({ items: z.array(MyConsultation) });

export const ConsultationQueueQuery = z.object({
  status: z.enum([...CONSULTATION_STATUSES, 'active'], { error: typeError }).default('active'),
});

const Member = z.object({ id: z.string(), username: z.string(), displayName: z.string() });

export const StaffConsultationItem = z.object({
  id: z.string(),
  category: z.enum(CONSULTATION_CATEGORIES),
  excerpt: z.string(),
  member: Member,
  status: z.enum(CONSULTATION_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const StaffConsultationList = z.object({ items: z.array(StaffConsultationItem) });

export const StaffConsultation = MyConsultation.extend({
  member: Member,
  answeredBy: z.string().nullable(),
  updatedAt: z.string(),
});

export const AnswerConsultationBody = z.strictObject({
  status: z.enum(CONSULTATION_STATUSES, { error: typeError }),
  /** What the member reads; required to close. */
  answer: paragraph(L.answerMax).nullish(),
});
export type AnswerConsultationBody = z.infer<typeof AnswerConsultationBody>;
