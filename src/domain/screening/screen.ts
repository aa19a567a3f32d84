// Screening (直接取引の防止): finds contact details and invitations to deal outside the
// marketplace in a text a member wrote, and says where they are in that text.
//
// Caught (see rules.ts for every pattern): email addresses, Japanese phone numbers,
// messenger and SNS ids (LINE, Instagram, X, Facebook, Chatwork, Skype, Discord, Telegram,
// WhatsApp, Slack, Zoom, WeChat, Viber, Bluesky…), links to networks, messengers, payment
// pages and outside forms, personal pages and
// unknown sites not presented as references, requests to pay or deal outside, and
// invitations to exchange contact details — in their usual disguises (normalise.ts). When no
// rule matched, weak signals are added up (score.ts, score-signals.ts): a message whose score
// reaches the threshold is held as a whole with the rule of its strongest signals (score.*).
//
// Passes: prices, dates, times, order numbers, product and barcode numbers, ISBNs, versions,
// postcodes and addresses (an address is where work happens, not a way to reach someone),
// counts, the marketplace's own links, public reference links, code (decorators such as
// @Component are not handles: a bare @name is caught only when it is offered for DMs or
// follows a network's name), and the networks as topics of work (LINEスタンプ制作,
// Instagram運用代行, PayPay決済の導入).
//
// With an approved サービス外連絡申請 (`contactAllowed`), contact details pass in that
// contract's thread, but requests to pay outside are still caught: the approval lets the
// parties reach each other (on-site work, a phone meeting), the money still goes through escrow.
import { classifyLink, type HostOptions, LINK_PATTERN, REFERENCE_AFTER, REFERENCE_BEFORE } from './hosts';
import { foldPattern, isInvisible, type Normalised, normaliseForScreening } from './normalise';
import { findPhones } from './numerals';
import { RULE_BY_ID, SCREENING_RULES, type ScreeningCategory, type ScreeningRule } from './rules';
import { scoreText } from './score';

export interface ScreeningFinding {
  ruleId: string;
  category: ScreeningCategory;
  /** Range in the original text: text.slice(start, end) is what was caught. */
  start: number;
  end: number;
  excerpt: string;
}

export interface ScreeningOptions extends HostOptions {
  /** An approved サービス外連絡申請 covers this text: only off-platform payment is caught. */
  contactAllowed?: boolean;
}

interface Compiled {
  rule: ScreeningRule;
  patterns: RegExp[];
  after: RegExp | null;
  around: RegExp | null;
}

const COMPILED: Compiled[] = SCREENING_RULES.map((rule) => ({
  rule,
  patterns: rule.patterns.map((p) => new RegExp(foldPattern(p), 'gu')),
  after: rule.unlessAfter ? new RegExp(foldPattern(rule.unlessAfter), 'u') : null,
  around: rule.unlessAround ? new RegExp(foldPattern(rule.unlessAround), 'u') : null,
}));

type Span = [number, number];

/**
 * The message reports or declines an approach, or is about one as a topic (運営に通報,
 * 持ちかけられた, 辞退します, 直接取引のリスク): words about leaving the platform
 * are then quoted, not offered. Contact details themselves (an address, a number, an id, a
 * link) are still caught.
 */
const REPORTED = new RegExp(
  foldPattern('通報|(?:運営|事務局|さぽーと)(?:に|へ)(?:報告|相談|連絡し(?:まし|た))|持ちかけられ|辞退|のりすく'),
  'u',
);
const QUOTABLE = new Set<ScreeningCategory>(['contact-invitation', 'off-platform-payment']);

/** Between two links of one list. */
const LIST_JOINER = new RegExp(foldPattern('^ ?(?:と|や|、|,|/|および|及び|and|&) ?$'));

function patternSpans(compiled: Compiled, text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of compiled.patterns) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) continue;
      const refusal = compiled.after?.exec(text.slice(end, end + 30));
      if (refusal && refusal.index < 20) continue;
      if (compiled.around?.test(text.slice(Math.max(0, start - 25), end + 25))) continue;
      spans.push([start, end]);
    }
  }
  return spans;
}

function linkSpans(text: string, options: HostOptions): { sns: Span[]; personal: Span[] } {
  const sns: Span[] = [];
  const personal: Span[] = [];
  let referencedEnd = -1;
  for (const m of text.matchAll(LINK_PATTERN)) {
    const start = m.index;
    const link = m[0].replace(/[.,;:!?'*]+$/, '');
    const end = start + link.length;
    if (!/[a-z]/.test(link.split('/')[0] ?? '')) continue;
    // A link listed right after a reference (… と …, …、…) is part of the same list.
    const listed = referencedEnd >= 0 && LIST_JOINER.test(text.slice(referencedEnd, start));
    const referenced =
      listed ||
      REFERENCE_BEFORE.test(text.slice(Math.max(0, start - 25), start)) ||
      REFERENCE_AFTER.test(text.slice(end, end + 15));
    referencedEnd = referenced ? end : -1;
    const kind = classifyLink(link, options, referenced);
    if (kind === 'sns-link') sns.push([start, end]);
    else if (kind === 'personal-url') personal.push([start, end]);
  }
  return { sns, personal };
}

/** Emails at the marketplace's own host or at documentation examples pass. */
function allowedEmail(excerpt: string, options: HostOptions): boolean {
  const domain = excerpt.split('@')[1]?.replace(/\s/g, '') ?? '';
  const own = options.ownHost?.toLowerCase().replace(/^www\./, '');
  if (own && (domain === own || domain.endsWith(`.${own}`))) return true;
  return /^example\.(com|jp|org|net)$/.test(domain);
}

function toFinding(rule: ScreeningRule, span: Span, normalised: Normalised, original: string): ScreeningFinding {
  const start = normalised.starts[span[0]] as number;
  let end = normalised.ends[span[1] - 1] as number;
  while (end < original.length && isInvisible(original[end] as string)) end += 1;
  return { ruleId: rule.id, category: rule.category, start, end, excerpt: original.slice(start, end) };
}

/** Contact details and off-platform invitations in `text`, in order, with their original ranges. */
export function screen(text: string, options: ScreeningOptions = {}): ScreeningFinding[] {
  const normalised = normaliseForScreening(text);
  const n = normalised.text;
  const links = linkSpans(n, options);
  const findings: ScreeningFinding[] = [];
  for (const compiled of COMPILED) {
    const { rule } = compiled;
    if (options.contactAllowed && rule.category !== 'off-platform-payment') continue;
    let spans: Span[];
    if (rule.detector === 'score') continue;
    if (rule.detector === 'phone') spans = findPhones(n);
    else if (rule.detector === 'link') spans = rule.category === 'sns-link' ? links.sns : links.personal;
    else spans = patternSpans(compiled, n);
    for (const span of spans) {
      const finding = toFinding(rule, span, normalised, text);
      if (rule.category === 'email' && allowedEmail(n.slice(span[0], span[1]), options)) continue;
      findings.push(finding);
    }
  }
  if (findings.length === 0) {
    // No rule matched: weak signals together may still hold the message (score.ts).
    const scored = scoreText(n, options.ownHost);
    const rule = scored.ruleId ? RULE_BY_ID.get(scored.ruleId) : undefined;
    if (rule && scored.span && (!options.contactAllowed || rule.category === 'off-platform-payment'))
      findings.push(toFinding(rule, scored.span, normalised, text));
  }
  const reported = REPORTED.test(n);
  return dedupe(
    findings.filter((f) => !(reported && QUOTABLE.has(f.category))),
    text,
  );
}

/**
 * One finding per caught part: a range inside another finding is dropped, and overlapping
 * findings of one category become one finding over both ranges (the first one's rule).
 */
function dedupe(findings: ScreeningFinding[], text: string): ScreeningFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ScreeningFinding[] = [];
  for (const f of sorted) {
    if (kept.some((k) => k.start <= f.start && f.end <= k.end)) continue;
    const overlapping = kept.find((k) => k.category === f.category && f.start < k.end);
    if (overlapping) {
      overlapping.end = f.end;
      overlapping.excerpt = text.slice(overlapping.start, overlapping.end);
    } else kept.push(f);
  }
  return kept;
}

/** Whether `text` may be delivered as written. */
export function isClean(text: string, options: ScreeningOptions = {}): boolean {
  return screen(text, options).length === 0;
}
