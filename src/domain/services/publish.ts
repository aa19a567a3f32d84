// What a service needs before buyers may see it. A draft may be saved half written; the
// publish step refuses with a pointer to every field still missing, so the editor can
// mark them all at once.
import type { FieldError } from '../errors';
import { SERVICE_LIMITS } from './limits';

export interface ServicePackageTerms {
  name: string;
  price: number;
  deliveryDays: number;
  revisions: number;
  includes: string;
}

export interface ServiceDraft {
  title: string;
  category: string;
  description: string;
  packages: readonly ServicePackageTerms[];
}

const length = (s: string) => [...s.trim()].length;

/** The field errors that keep a service from being published; empty when it may be. */
export function publishIssues(s: ServiceDraft, isCategory: (key: string) => boolean): FieldError[] {
  const issues: FieldError[] = [];
  if (length(s.title) < SERVICE_LIMITS.titleMin)
    issues.push({ pointer: '/title', code: 'too-short', params: { min: SERVICE_LIMITS.titleMin } });
  if (!isCategory(s.category)) issues.push({ pointer: '/category', code: 'invalid-choice' });
  if (length(s.description) < SERVICE_LIMITS.descriptionMin)
    issues.push({ pointer: '/description', code: 'too-short', params: { min: SERVICE_LIMITS.descriptionMin } });
  if (s.packages.length < SERVICE_LIMITS.packagesMin) issues.push({ pointer: '/packages', code: 'required' });
  if (s.packages.length > SERVICE_LIMITS.packagesMax)
    issues.push({ pointer: '/packages', code: 'too-many', params: { max: SERVICE_LIMITS.packagesMax } });
  s.packages.forEach((p, i) => {
    if (length(p.name) === 0) issues.push({ pointer: `/packages/${i}/name`, code: 'required' });
    if (length(p.includes) === 0) issues.push({ pointer: `/packages/${i}/includes`, code: 'required' });
  });
  for (const i of duplicateIndexes(s.packages.map((p) => p.name)))
    issues.push({ pointer: `/packages/${i}/name`, code: 'name-duplicate' });
  return issues;
}

/** Indexes of names that repeat an earlier one (compared trimmed, NFKC, case-folded). */
export function duplicateIndexes(names: readonly string[]): number[] {
  const seen = new Set<string>();
  const dup: number[] = [];
  names.forEach((n, i) => {
    const key = n.normalize('NFKC').trim().toLowerCase();
    if (key !== '' && seen.has(key)) dup.push(i);
    seen.add(key);
  });
  return dup;
}

/** The cheapest package's price and the shortest delivery, shown on cards ("¥5,000〜"). */
export function serviceFrom(packages: readonly Pick<ServicePackageTerms, 'price' | 'deliveryDays'>[]): {
  priceFrom: number;
  deliveryDaysFrom: number;
} {
  if (packages.length === 0) return { priceFrom: 0, deliveryDaysFrom: 0 };
  return {
    priceFrom: Math.min(...packages.map((p) => p.price)),
    deliveryDaysFrom: Math.min(...packages.map((p) => p.deliveryDays)),
  };
}
