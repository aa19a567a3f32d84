// Screening of a write: the texts of an input, by JSON pointer, run through the domain's
// screen() (src/domain/screening). A caught text is refused with `contact-details-detected`
// (422): each finding names its field, its range in that field, the excerpt, the rule, the
// article of the terms and why the rule exists, so the sender can see what to edit; the
// field errors point at the same fields for forms.
import { AppError } from '../../domain/errors';
import { RULE_BY_ID } from '../../domain/screening/rules';
import { screen } from '../../domain/screening/screen';

export interface FieldFinding {
  /** JSON pointer into the request body (/body, /milestones/0/title). */
  field: string;
  start: number;
  end: number;
  excerpt: string;
  ruleId: string;
  article: string;
  reason: { ja: string; en: string };
}

export interface ScreenFieldsOptions {
  /** The marketplace's own host (its links pass). */
  ownHost: string;
  /** An approved サービス外連絡申請 covers this write (contact details pass, payment outside does not). */
  contactAllowed?: boolean;
}

/** Keys never screened: ids, and the profile's portfolio links (their purpose is to point at the member's work). */
const SKIPPED_KEY = /(?:^id$|Ids?$|^portfolioLinks$|^version$)/;

const escapeKey = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every string of `value` with its JSON pointer, skipping ids and portfolio links. */
export function textsOf(value: unknown, pointer = ''): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (v: unknown, at: string, depth: number) => {
    if (depth > 8) return;
    if (typeof v === 'string') out[at] = v;
    else if (Array.isArray(v)) {
      for (const [i, item] of v.entries()) walk(item, `${at}/${i}`, depth + 1);
    } else if (v && typeof v === 'object')
      for (const [key, item] of Object.entries(v)) if (!SKIPPED_KEY.test(key)) walk(item, `${at}/${escapeKey(key)}`, depth + 1);
  };
  walk(value, pointer, 0);
  return out;
}

/** What screening catches in `fields` (pointer → text), in field order. */
export function screenFields(fields: Record<string, string | null | undefined>, options: ScreenFieldsOptions): FieldFinding[] {
  const findings: FieldFinding[] = [];
  for (const [field, text] of Object.entries(fields)) {
    if (!text) continue;
    for (const f of screen(text, { ownHost: options.ownHost, contactAllowed: options.contactAllowed })) {
      const rule = RULE_BY_ID.get(f.ruleId);
      findings.push({
        field,
        start: f.start,
        end: f.end,
        excerpt: f.excerpt,
        ruleId: f.ruleId,
        article: rule?.article ?? '第7条(直接取引の禁止)',
        reason: rule?.reason ?? { ja: '', en: '' },
      });
    }
  }
  return findings;
}

/** The 422 problem for what was caught. */
export function contactDetailsProblem(findings: FieldFinding[]): AppError {
  const fields = [...new Set(findings.map((f) => f.field))];
  return new AppError(
    'contact-details-detected',
    { findings },
    fields.map((pointer) => ({ pointer, code: 'contact-details' as const })),
  );
}

/** Refuses a write whose texts carry contact details or an invitation to deal outside. */
export function assertScreened(fields: Record<string, string | null | undefined>, options: ScreenFieldsOptions): void {
  const findings = screenFields(fields, options);
  if (findings.length > 0) throw contactDetailsProblem(findings);
}

/** The host of the configured public URL, without its port (links are compared by host name). */
export function hostOf(publicUrl: string): string {
  try {
    return new URL(publicUrl).hostname.toLowerCase();
  } catch {
    return '';
  }
}
