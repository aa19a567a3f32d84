// Request and response schemas of skill services (出品): the editor, the service page,
// search and the seller's list. Status and action lists come from the domain.
import { z } from 'zod';
import { CATEGORY_KEYS } from '../../domain/jobs/categories';
import { SERVICE_LIMITS as L } from '../../domain/services/limits';
import { SERVICE_ACTIONS, SERVICE_STATUSES, SERVICE_STEPS } from '../../domain/services/process';
import { duplicateIndexes } from '../../domain/services/publish';
import { line, paragraph, typeError, uuid } from './fields';

const int = (min: number, max: number) =>
  z.number({ error: typeError }).int({ error: 'not-integer' }).min(min, { error: 'too-small' }).max(max, { error: 'too-big' });
const yen = () => int(L.priceMin, L.priceMax);

export const ServicePackageInput = z.strictObject({
  /** Sent back to keep the package's id; absent for a new package. */
  id: uuid().optional(),
  /** e.g. ベーシック, スタンダード, プレミアム. */
  name: line(L.packageNameMax, 1),
  /** Tax included, as the buyer pays it before the buyer's fee. */
  price: yen(),
  deliveryDays: int(L.deliveryDaysMin, L.deliveryDaysMax),
  revisions: int(0, L.revisionsMax),
  /** What the package includes (required to publish). */
  includes: paragraph(L.includesMax),
});
export type ServicePackageInput = z.infer<typeof ServicePackageInput>;

export const ServiceOptionInput = z.strictObject({
  id: uuid().optional(),
  title: line(L.optionTitleMax, 1),
  price: yen(),
  extraDays: int(0, L.extraDaysMax),
});
export type ServiceOptionInput = z.infer<typeof ServiceOptionInput>;

export const ServiceFaqInput = z.strictObject({
  question: line(L.questionMax, 1),
  answer: paragraph(L.answerMax).refine((s) => s.length > 0, { error: 'required' }),
});
export type ServiceFaqInput = z.infer<typeof ServiceFaqInput>;

/** The editable fields of a service, sent whole on create and on every edit. */
export const ServiceInput = z.strictObject({
  title: line(L.titleMax, L.titleMin),
  /** A leaf key of the category tree. */
  category: z.enum(CATEGORY_KEYS as [string, ...string[]], { error: 'invalid-choice' }),
  tags: z.array(line(L.tagMax, 1), { error: typeError }).max(L.tagsMax, { error: 'too-many' }),
  /** At least 50 characters to publish; a draft may be shorter. */
  description: paragraph(L.descriptionMax),
  /** Uploaded images (attachments of the seller), in display order. */
  imageIds: z.array(uuid('attachment-invalid'), { error: typeError }).max(L.imagesMax, { error: 'too-many' }),
  packages: z
    .array(ServicePackageInput, { error: typeError })
    .min(L.packagesMin, { error: 'required' })
    .max(L.packagesMax, { error: 'too-many' })
    .superRefine((packages, ctx) => {
      for (const i of duplicateIndexes(packages.map((p) => p.name)))
        ctx.addIssue({ code: 'custom', path: [i, 'name'], message: 'name-duplicate' });
    }),
  options: z
    .array(ServiceOptionInput, { error: typeError })
    .max(L.optionsMax, { error: 'too-many' })
    .superRefine((options, ctx) => {
      for (const i of duplicateIndexes(options.map((o) => o.title)))
        ctx.addIssue({ code: 'custom', path: [i, 'title'], message: 'name-duplicate' });
    }),
  faq: z.array(ServiceFaqInput, { error: typeError }).max(L.faqMax, { error: 'too-many' }),
  /** 購入にあたってのお願い: what the buyer must provide. */
  buyerRequest: paragraph(L.buyerRequestMax),
  /** 受注枠: orders taken at once. */
  capacity: int(L.capacityMin, L.capacityMax),
  /** Days a buyer has to answer a delivery before it is accepted by itself. */
  acceptanceDays: int(L.acceptanceDaysMin, L.acceptanceDaysMax),
  /** The version the editor loaded; required on edits (a stale one is refused). */
  version: z.number({ error: typeError }).int({ error: 'not-integer' }).min(1, { error: 'too-small' }).optional(),
});
export type ServiceInput = z.infer<typeof ServiceInput>;

export const ServiceStatusBody = z.strictObject({
  action: z.enum(SERVICE_STEPS, { error: 'invalid-choice' }),
});
export type ServiceStatusBody = z.infer<typeof ServiceStatusBody>;

export const ServiceIdParams = z.strictObject({ id: uuid() });

export const ServiceFeePreviewQuery = z.strictObject({
  price: z.coerce
    .number({ error: typeError })
    .int({ error: 'not-integer' })
    .min(0, { error: 'too-small' })
    .max(L.priceMax * (1 + L.optionsMax), { error: 'too-big' }),
});

/** Every yen of one price: what the seller keeps and what the buyer pays. */
export const ServiceFeePreview = z.object({
  price: z.number().int(),
  sellerFee: z.number().int(),
  sellerFeeTax: z.number().int(),
  sellerNet: z.number().int(),
  buyerFee: z.number().int(),
  buyerFeeTax: z.number().int(),
  buyerTotal: z.number().int(),
});
export type ServiceFeePreview = z.infer<typeof ServiceFeePreview>;

export const ServiceStatus = z.enum(SERVICE_STATUSES);
export const ServiceAction = z.enum(SERVICE_ACTIONS);
export type ServiceAction = z.infer<typeof ServiceAction>;

export const ServicePackage = z.object({
  id: z.string(),
  name: z.string(),
  price: z.number().int(),
  deliveryDays: z.number().int(),
  revisions: z.number().int(),
  includes: z.string(),
  /** What the seller keeps of the price after the seller's fee and its tax. */
  sellerNet: z.number().int(),
});
export type ServicePackage = z.infer<typeof ServicePackage>;

export const ServiceOption = z.object({
  id: z.string(),
  title: z.string(),
  price: z.number().int(),
  extraDays: z.number().int(),
  sellerNet: z.number().int(),
});
export type ServiceOption = z.infer<typeof ServiceOption>;

export const ServiceRating = z.object({ average: z.number().nullable(), count: z.number().int() });

export const ServiceDetail = z.object({
  id: z.string(),
  status: ServiceStatus,
  title: z.string(),
  category: z.string(),
  tags: z.array(z.string()),
  description: z.string(),
  images: z.array(z.object({ id: z.string(), url: z.string(), name: z.string() })),
  packages: z.array(ServicePackage),
  options: z.array(ServiceOption),
  faq: z.array(z.object({ question: z.string(), answer: z.string() })),
  buyerRequest: z.string(),
  capacity: z.number().int(),
  acceptanceDays: z.number().int(),
  version: z.number().int(),
  priceFrom: z.number().int(),
  deliveryDaysFrom: z.number().int(),
  seller: z.object({
    username: z.string(),
    displayName: z.string(),
    ratingAverage: z.number().nullable(),
    ratingCount: z.number().int(),
    /** The seller's 適格請求書発行事業者登録番号, null when not registered (インボイス未登録). */
    invoiceNumber: z.string().nullable(),
  }),
  rating: ServiceRating,
  ordersInProgress: z.number().int(),
  ordersCompleted: z.number().int(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  viewer: z.object({ isOwner: z.boolean(), actions: z.array(ServiceAction) }),
});
export type ServiceDetail = z.infer<typeof ServiceDetail>;

export const ServiceCard = z.object({
  id: z.string(),
  title: z.string(),
  category: z.string(),
  tags: z.array(z.string()),
  image: z.object({ url: z.string() }).nullable(),
  priceFrom: z.number().int(),
  deliveryDaysFrom: z.number().int(),
  status: ServiceStatus,
  seller: z.object({ username: z.string(), displayName: z.string() }),
  rating: ServiceRating,
  ordersCompleted: z.number().int(),
  publishedAt: z.string().nullable(),
});
export type ServiceCard = z.infer<typeof ServiceCard>;

export const MyServiceRow = ServiceCard.extend({
  ordersInProgress: z.number().int(),
  actions: z.array(ServiceAction),
  updatedAt: z.string(),
});
export type MyServiceRow = z.infer<typeof MyServiceRow>;

export const SERVICE_SORTS = ['new', 'rating', 'price', 'popular'] as const;

export const ServiceSearchQuery = z.strictObject({
  q: z.string({ error: typeError }).max(100, { error: 'too-long' }).optional(),
  /** A category or a parent category key. */
  category: z.string({ error: typeError }).max(40, { error: 'too-long' }).optional(),
  /** Bounds on the cheapest package's price. */
  minPrice: z.coerce
    .number({ error: typeError })
    .int({ error: 'not-integer' })
    .min(0, { error: 'too-small' })
    .max(L.priceMax, { error: 'too-big' })
    .optional(),
  maxPrice: z.coerce
    .number({ error: typeError })
    .int({ error: 'not-integer' })
    .min(0, { error: 'too-small' })
    .max(L.priceMax, { error: 'too-big' })
    .optional(),
  /** Some package delivers within this many days. */
  maxDays: z.coerce
    .number({ error: typeError })
    .int({ error: 'not-integer' })
    .min(1, { error: 'too-small' })
    .max(L.deliveryDaysMax, { error: 'too-big' })
    .optional(),
  /** Average rating at least this (1–5). */
  minRating: z.coerce.number({ error: typeError }).min(1, { error: 'too-small' }).max(5, { error: 'too-big' }).optional(),
  /** new: newest first; rating: best rated; price: cheapest first; popular: most orders completed. */
  sort: z.enum(SERVICE_SORTS, { error: 'invalid-choice' }).default('new'),
  page: z.coerce
    .number({ error: typeError })
    .int({ error: 'not-integer' })
    .min(1, { error: 'too-small' })
    .max(100, { error: 'too-big' })
    .default(1),
});
export type ServiceSearchQuery = z.infer<typeof ServiceSearchQuery>;

export const ServiceSearchResult = z.object({
  items: z.array(ServiceCard),
  /** Matches counted up to a cap; `totalCapped` means "at least this many". */
  total: z.number().int(),
  totalCapped: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ServiceSearchResult = z.infer<typeof ServiceSearchResult>;

export const MyServicesResult = z.object({ items: z.array(MyServiceRow) });
export const UserServicesResult = z.object({ items: z.array(ServiceCard) });
