// What the service editor holds (the fields as typed), what it sends (the shared
// ServiceInput) and the figures it shows beside the package table: the prices to ask the
// fee preview about and the 「価格 〜円・お届け 〜日」 a card will show.
import { SERVICE_LIMITS } from '../../../domain/services/limits';
import { ServiceInput } from '../../../shared/api/services';
import { fieldMessage, type Lang } from '../../../shared/errors';
import type { ServiceDetailData, ServiceInputBody } from '../../api/services';
import { parseWholeNumber } from '../../lib/input';
import { type FieldErrors, schemaErrors } from '../../lib/validate';

export interface PackageValues {
  /** Kept so that a saved package keeps its id (and orders their terms). */
  id?: string;
  name: string;
  price: string;
  deliveryDays: string;
  revisions: string;
  includes: string;
}

export interface OptionValues {
  id?: string;
  title: string;
  price: string;
  extraDays: string;
}

export interface FaqValues {
  question: string;
  answer: string;
}

/** The editor's fields, named as the API names them so the server's errors land on them. */
export interface ServiceFormValues {
  title: string;
  category: string;
  /** Tags as typed: separated by commas (、 or ,). */
  tags: string;
  description: string;
  packages: PackageValues[];
  options: OptionValues[];
  faq: FaqValues[];
  buyerRequest: string;
  capacity: string;
  acceptanceDays: string;
}

export const SERVICE_FORM_FIELDS = [
  'title',
  'category',
  'tags',
  'description',
  'imageIds',
  'packages',
  'options',
  'faq',
  'buyerRequest',
  'capacity',
  'acceptanceDays',
] as const;

const text = (n: number) => String(n);

/** A new package column; the first three get the usual names. */
export function emptyPackage(index: number, lang: Lang): PackageValues {
  const names = lang === 'ja' ? ['ベーシック', 'スタンダード', 'プレミアム'] : ['Basic', 'Standard', 'Premium'];
  return { name: names[index] ?? '', price: '', deliveryDays: '', revisions: '1', includes: '' };
}

export function emptyOption(): OptionValues {
  return { title: '', price: '', extraDays: '0' };
}

export function emptyFaq(): FaqValues {
  return { question: '', answer: '' };
}

/** The editor filled in with the service being edited, or with one empty package. */
export function serviceFormDefaults(initial: ServiceDetailData | null, lang: Lang): ServiceFormValues {
  if (!initial) {
    return {
      title: '',
      category: '',
      tags: '',
      description: '',
      packages: [emptyPackage(0, lang)],
      options: [],
      faq: [],
      buyerRequest: '',
      capacity: text(SERVICE_LIMITS.capacityDefault),
      acceptanceDays: text(SERVICE_LIMITS.acceptanceDaysDefault),
    };
  }
  return {
    title: initial.title,
    category: initial.category,
    tags: initial.tags.join(lang === 'ja' ? '、' : ', '),
    description: initial.description,
    packages: initial.packages.map((p) => ({
      id: p.id,
      name: p.name,
      price: text(p.price),
      deliveryDays: text(p.deliveryDays),
      revisions: text(p.revisions),
      includes: p.includes,
    })),
    options: initial.options.map((o) => ({ id: o.id, title: o.title, price: text(o.price), extraDays: text(o.extraDays) })),
    faq: initial.faq.map((f) => ({ question: f.question, answer: f.answer })),
    buyerRequest: initial.buyerRequest,
    capacity: text(initial.capacity),
    acceptanceDays: text(initial.acceptanceDays),
  };
}

/** 「ロゴ、名刺, チラシ」 → ['ロゴ', '名刺', 'チラシ']: trimmed, empty ones and repeats dropped. */
export function tagList(typed: string): string[] {
  const tags = typed
    .split(/[,、，]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  return [...new Set(tags)];
}

/** A whole number as typed (「１，５００」 is 1500), or null when it is empty or not one. */
export function typedNumber(value: string): number | null {
  const n = parseWholeNumber(value);
  return typeof n === 'number' ? n : null;
}

/** The request body for the values; numbers that are not whole numbers are listed in `numberErrors`. */
export function toServiceInput(
  v: ServiceFormValues,
  imageIds: string[],
  version: number | undefined,
  lang: Lang,
): { body: ServiceInputBody; numberErrors: FieldErrors } {
  const numberErrors: FieldErrors = {};
  const num = (value: string, key: string): number => {
    const n = parseWholeNumber(value);
    if (n === 'invalid') numberErrors[key] = fieldMessage('not-integer', lang);
    else if (n === null) numberErrors[key] = fieldMessage('required', lang);
    // The key's message says what is wrong; NaN keeps the schema from adding another.
    return typeof n === 'number' ? n : Number.NaN;
  };
  const body: ServiceInputBody = {
    title: v.title,
    category: v.category,
    tags: tagList(v.tags),
    description: v.description,
    imageIds,
    packages: v.packages.map((p, i) => ({
      ...(p.id ? { id: p.id } : {}),
      name: p.name.trim(),
      price: num(p.price, `packages.${i}.price`),
      deliveryDays: num(p.deliveryDays, `packages.${i}.deliveryDays`),
      revisions: num(p.revisions, `packages.${i}.revisions`),
      includes: p.includes,
    })),
    options: v.options.map((o, i) => ({
      ...(o.id ? { id: o.id } : {}),
      title: o.title.trim(),
      price: num(o.price, `options.${i}.price`),
      extraDays: num(o.extraDays, `options.${i}.extraDays`),
    })),
    faq: v.faq.map((f) => ({ question: f.question, answer: f.answer })),
    buyerRequest: v.buyerRequest,
    capacity: num(v.capacity, 'capacity'),
    acceptanceDays: num(v.acceptanceDays, 'acceptanceDays'),
    ...(version === undefined ? {} : { version }),
  };
  return { body, numberErrors };
}

/** Every mistake in the values before sending, with the server's messages. */
export function checkServiceForm(v: ServiceFormValues, imageIds: string[], lang: Lang): FieldErrors {
  const { body, numberErrors } = toServiceInput(v, imageIds, undefined, lang);
  const errors: FieldErrors = { ...schemaErrors(ServiceInput, body, lang) };
  // The number's own message (「整数で入力してください」) rather than the schema's.
  for (const key of Object.keys(numberErrors)) delete errors[key];
  Object.assign(errors, numberErrors);
  if (v.category === '' && !errors.category) errors.category = fieldMessage('invalid-choice', lang);
  return errors;
}

/** The prices worth asking the fee preview about: whole numbers within the limits, each once. */
export function previewPrices(v: Pick<ServiceFormValues, 'packages' | 'options'>): number[] {
  const prices = [...v.packages.map((p) => p.price), ...v.options.map((o) => o.price)]
    .map(typedNumber)
    .filter((n): n is number => n !== null && n >= SERVICE_LIMITS.priceMin && n <= SERVICE_LIMITS.priceMax);
  return [...new Set(prices)];
}

/**
 * What a card will show for the packages as typed: the lowest price and the shortest
 * delivery among the packages with both filled in; null while none is.
 */
export function packageSummary(packages: Pick<PackageValues, 'price' | 'deliveryDays'>[]): {
  priceFrom: number;
  deliveryDaysFrom: number;
} | null {
  const complete = packages
    .map((p) => ({ price: typedNumber(p.price), days: typedNumber(p.deliveryDays) }))
    .filter((p): p is { price: number; days: number } => p.price !== null && p.days !== null && p.price > 0 && p.days > 0);
  if (complete.length === 0) return null;
  return {
    priceFrom: Math.min(...complete.map((p) => p.price)),
    deliveryDaysFrom: Math.min(...complete.map((p) => p.days)),
  };
}
