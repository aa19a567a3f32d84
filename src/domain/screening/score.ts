// The scoring layer: when no rule matched, weak signals (score-signals.ts) are added up, and a
// message whose score reaches the threshold is held as a whole, with the rule of its strongest
// group of signals, so the sender and staff are told why (「連絡手段の名前とIDらしい文字列が
// 一緒に書かれています」…). On-platform words and refusals lower the score, so talk about the
// rules (直接取引は禁止ですよね, メッセージ機能でやりとりしましょう) passes.
import { foldPattern } from './normalise';
import { ARTICLE, CONTACT_REASON, PAYMENT_REASON, type ScreeningRule } from './rule-parts';
import { NEGATIVE_SIGNALS, SIGNALS, type SignalGroup, THRESHOLD } from './score-signals';

const HINTS = '（ひとつひとつは普通の言葉でも、組み合わさると連絡先の受け渡しにあたるため、保留しました。）';

/** The rules the scoring layer reports, one per group of signals that decides it. */
export const SCORE_RULES: readonly ScreeningRule[] = [
  {
    id: 'score.id',
    category: 'messenger-id',
    article: ARTICLE,
    detector: 'score',
    patterns: [],
    reason: {
      ja: `連絡手段の名前や手がかりと、IDらしい文字列(またはその綴り方)が一緒に書かれています${HINTS}${CONTACT_REASON.ja}`,
      en: `A channel (or a hint at one) is written together with an id-like token or how to spell one; each alone is ordinary, together they pass a contact on. ${CONTACT_REASON.en}`,
    },
  },
  {
    id: 'score.number',
    category: 'phone',
    article: ARTICLE,
    detector: 'score',
    patterns: [],
    reason: {
      ja: `電話番号や会議IDの長さの数字が、連絡の言葉と一緒に書かれています${HINTS}${CONTACT_REASON.ja}`,
      en: `Digits as long as a phone number or a meeting id are written with words about reaching someone. ${CONTACT_REASON.en}`,
    },
  },
  {
    id: 'score.address',
    category: 'email',
    article: ARTICLE,
    detector: 'score',
    patterns: [],
    reason: {
      ja: `メールアドレスやサイトのドメインが、形を変えて書かれているようです${HINTS}${CONTACT_REASON.ja}`,
      en: `A mail address or a site's domain seems to be written in another shape. ${CONTACT_REASON.en}`,
    },
  },
  {
    id: 'score.pointer',
    category: 'contact-invitation',
    article: ARTICLE,
    detector: 'score',
    patterns: [],
    reason: {
      ja: `プロフィールや画像など、別の場所に書いた連絡先へ案内しているようです${HINTS}${CONTACT_REASON.ja}`,
      en: `The message seems to point at a contact written elsewhere (a profile, an image, a file). ${CONTACT_REASON.en}`,
    },
  },
  {
    id: 'score.payment',
    category: 'off-platform-payment',
    article: ARTICLE,
    detector: 'score',
    patterns: [],
    reason: {
      ja: `支払い方法や手数料の話と、サービスの外で進める言葉が一緒に書かれています。${PAYMENT_REASON.ja}`,
      en: `Payment or fees are mentioned together with moving the deal outside. ${PAYMENT_REASON.en}`,
    },
  },
  {
    id: 'score.invitation',
    category: 'contact-invitation',
    article: ARTICLE,
    detector: 'score',
    patterns: [],
    reason: {
      ja: `連絡手段の名前と、そちらへ移ってやりとりする言葉が一緒に書かれています${HINTS}${CONTACT_REASON.ja}`,
      en: `A channel is named together with words about moving the conversation there. ${CONTACT_REASON.en}`,
    },
  },
];

/** Most a group adds, however many of its signals appear: a channel named twice is still one channel. */
const GROUP_CAP: Record<SignalGroup, number> = {
  channel: 2,
  ask: 1,
  move: 2,
  bypass: 2,
  elsewhere: 1.5,
  id: 2.5,
  number: 3,
  address: 3,
  pointer: 2,
  payment: 3,
};

const CORE = new Set<SignalGroup>(['channel', 'number', 'address', 'move', 'bypass', 'elsewhere']);

/** Links (the link rules judged them), file names and documentation addresses: not handles. */
const MASK =
  /(?:https?:\/\/|www\.)[^\s]+|[^\s@]+@example\.(?:com|jp|org|net)|(?<![a-z0-9])[a-z0-9_\-.]+\.(?:js|py|ts|rb|md|png|jpe?g|gif|pdf|ai|psd|zip|docx?|xlsx?|pptx?|csv|txt|json|html?|mp[34]|m4a|wav|mov|gs|lock|svg)(?![a-z0-9])|(?<![a-z0-9])example\.(?:com|jp|org|net)|[a-z0-9.-]+\.example(?:\/[^\s]*)?/g;

const compile = (pattern: string) => new RegExp(foldPattern(pattern), 'u');
const POSITIVE = SIGNALS.map((s) => ({ ...s, re: compile(s.pattern) }));
const NEGATIVE = NEGATIVE_SIGNALS.map((s) => ({ ...s, re: compile(s.pattern) }));

export interface SignalHit {
  id: string;
  group: SignalGroup | 'negative';
  weight: number;
  start: number;
  end: number;
}

export interface Score {
  score: number;
  hits: SignalHit[];
  /** The rule to report when the score reaches the threshold, else null. */
  ruleId: string | null;
  /** The range in the screening text from the first to the last positive signal. */
  span: [number, number] | null;
}

/** Which rule explains a held message: the most specific group present wins. */
function ruleFor(groups: Set<SignalGroup>, weights: Map<SignalGroup, number>): string {
  const payment = weights.get('payment') ?? 0;
  if (groups.has('bypass') || groups.has('elsewhere')) return payment > 0 ? 'score.payment' : 'score.invitation';
  if (payment >= 1.5 && (payment >= 2.5 || groups.has('move'))) return 'score.payment';
  if (groups.has('number')) return 'score.number';
  if (groups.has('address')) return 'score.address';
  if (groups.has('id')) return 'score.id';
  if (groups.has('pointer')) return 'score.pointer';
  if (payment > 0) return 'score.payment';
  return 'score.invitation';
}

/** The weak signals in a screening text (normalised), their sum and the rule that explains it. */
export function scoreText(screeningText: string, ownHost?: string): Score {
  let text = screeningText.replace(MASK, (m) => ' '.repeat(m.length));
  // The marketplace's own links are where members should be talking.
  if (ownHost) text = text.split(ownHost.toLowerCase()).join(' '.repeat(ownHost.length));
  const hits: SignalHit[] = [];
  for (const s of POSITIVE) {
    const m = s.re.exec(text);
    if (m) hits.push({ id: s.id, group: s.group, weight: s.weight, start: m.index, end: m.index + m[0].length });
  }
  if (hits.length < 2) return { score: hits[0]?.weight ?? 0, hits, ruleId: null, span: null };
  for (const s of NEGATIVE) {
    const m = s.re.exec(text);
    if (m) hits.push({ id: s.id, group: 'negative', weight: s.weight, start: m.index, end: m.index + m[0].length });
  }
  const positive = hits.filter((h) => h.weight > 0);
  const weights = new Map<SignalGroup, number>();
  for (const h of positive) {
    const group = h.group as SignalGroup;
    weights.set(group, Math.min(GROUP_CAP[group], (weights.get(group) ?? 0) + h.weight));
  }
  // A pointer matters when what it points at is a contact: without one named, it counts once.
  const contact = ['channel', 'id', 'number', 'address'].some((g) => weights.has(g as SignalGroup));
  if (!contact && weights.has('pointer')) weights.set('pointer', 1);
  const negative = hits.reduce((sum, h) => sum + Math.min(0, h.weight), 0);
  const score = [...weights.values()].reduce((sum, w) => sum + w, negative);
  const groups = new Set(weights.keys());
  // Words alone (a channel, a verb, a place) never hold a message without a second kind of signal.
  const certain = positive.some((h) => h.weight >= THRESHOLD);
  // Payment words, pointers and verbs only support: something must name a way to reach someone
  // or a way out (a channel, a handle, a number, an address, leaving, another marketplace).
  const core = positive.some((h) => CORE.has(h.group as SignalGroup) || (h.group === 'id' && h.weight >= 2));
  if (score < THRESHOLD || !core || (groups.size < 2 && !certain)) return { score, hits, ruleId: null, span: null };
  const start = Math.min(...positive.map((h) => h.start));
  const end = Math.max(...positive.map((h) => h.end));
  return { score, hits, ruleId: ruleFor(groups, weights), span: [start, end] };
}
