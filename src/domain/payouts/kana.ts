// Account holder names for bank transfers (口座名義), and every other text of the Zengin
// file: the format allows only half-width katakana, upper-case Latin letters, digits,
// space and a few symbols, and a voiced mark only after a kana that can carry it. Input
// in full-width katakana, hiragana, full-width or lower-case Latin is converted where the
// conversion is unambiguous; anything else (kanji, emoji, ア゛ …) is refused with the
// characters named, so the form can say exactly what to change.

const FULL = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン';
const HALF = 'ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ';
const VOICED = 'ガギグゲゴザジズゼゾダヂヅデドバビブベボ';
const VOICED_BASE = 'カキクケコサシスセソタチツテトハヒフヘホ';
const SEMI = 'パピプペポ';
const SEMI_BASE = 'ハヒフヘホ';
/** Small kana are written large in Zengin data. */
const SMALL = 'ァィゥェォッャュョヮヵヶ';
const SMALL_LARGE = 'アイウエオツヤユヨワカケ';

const TABLE = new Map<string, string>();
for (let i = 0; i < FULL.length; i++) TABLE.set(FULL[i] as string, HALF[i] as string);
for (let i = 0; i < VOICED.length; i++) TABLE.set(VOICED[i] as string, `${TABLE.get(VOICED_BASE[i] as string)}ﾞ`);
for (let i = 0; i < SEMI.length; i++) TABLE.set(SEMI[i] as string, `${TABLE.get(SEMI_BASE[i] as string)}ﾟ`);
for (let i = 0; i < SMALL.length; i++) TABLE.set(SMALL[i] as string, TABLE.get(SMALL_LARGE[i] as string) as string);
TABLE.set('ヴ', 'ｳﾞ');
TABLE.set('ー', '-');
TABLE.set('゛', 'ﾞ');
TABLE.set('゜', 'ﾟ');
// What NFKC makes of half-width ﾞ and ﾟ: the combining marks.
TABLE.set('\u3099', 'ﾞ');
TABLE.set('\u309a', 'ﾟ');

/**
 * Characters a Zengin text field may hold: half-width katakana (not the small kana, which
 * are written large, nor ｰ, written as -), the voiced marks ﾞ ﾟ, A–Z, 0–9, space and
 * ( ) . , - / \ (¥ in the bank's character set).
 */
const ALLOWED = /^[ｦｱ-ﾝﾞﾟA-Z0-9 ().,\-/\\]$/u;
/** The kana a voiced mark (ﾞ) or a semi-voiced mark (ﾟ) may follow. */
const TAKES_VOICED = new Set('ｳｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾊﾋﾌﾍﾎ');
const TAKES_SEMI = new Set('ﾊﾋﾌﾍﾎ');

/** A holder name holds at most this many characters of the file (a voiced mark is one). */
export const HOLDER_NAME_MAX = 30;

/** Whether the mark at `i` of `text` follows a kana that can carry it. */
function markFits(text: string[], i: number): boolean {
  const mark = text[i];
  if (mark !== 'ﾞ' && mark !== 'ﾟ') return true;
  const before = text[i - 1] ?? '';
  return (mark === 'ﾞ' ? TAKES_VOICED : TAKES_SEMI).has(before);
}

/**
 * What keeps `value` from being written into a Zengin file as it is: the characters
 * outside the set, and voiced marks on nothing or on a kana that cannot carry them
 * (named with that kana: ｱﾞ). Empty when it can be written.
 */
export function zenginTextProblems(value: string): { invalid: string[]; marks: string[] } {
  const chars = [...value];
  const invalid = new Set<string>();
  const marks = new Set<string>();
  chars.forEach((c, i) => {
    if (!ALLOWED.test(c)) invalid.add(c);
    else if (!markFits(chars, i)) marks.add(`${chars[i - 1] ?? ''}${c}`);
  });
  return { invalid: [...invalid], marks: [...marks] };
}

export type ZenginTextResult =
  | { ok: true; value: string }
  /** `invalid`: characters with no Zengin form; `marks`: voiced marks on kana that cannot carry them, as typed. */
  | { ok: false; invalid: string[]; marks: string[] };

/**
 * Converts text to the characters of a Zengin file where the conversion is unambiguous
 * (hiragana and full-width katakana to half-width, small kana to large, ー to -,
 * full-width and lower-case Latin to upper-case ASCII), naming what cannot be converted.
 */
export function toZenginText(input: string): ZenginTextResult {
  // Hiragana → katakana, then width and case.
  const katakana = input.trim().replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
  const out: { c: string; from: string; at: number }[] = [];
  const invalid = new Set<string>();
  for (const [at, ch] of [...katakana].entries()) {
    const mapped = TABLE.get(ch) ?? (ch === '\u3000' ? ' ' : ch.normalize('NFKC').toUpperCase());
    for (const c of mapped) {
      // NFKC turns half-width katakana into full-width; keep the half-width we want.
      const half = TABLE.get(c) ?? c;
      if (ALLOWED.test(half)) out.push({ c: half, from: ch, at });
      else invalid.add(ch);
    }
  }
  // A voiced mark may only follow a kana that can carry it (ガ, not ア゛ or a leading ゛).
  const chars = out.map((o) => o.c);
  const marks = new Set<string>();
  out.forEach((o, i) => {
    if (markFits(chars, i)) return;
    const before = out[i - 1];
    marks.add(before && before.at !== o.at ? `${before.from}${o.from}` : o.from);
  });
  if (invalid.size > 0 || marks.size > 0) return { ok: false, invalid: [...invalid], marks: [...marks] };
  return { ok: true, value: chars.join('').replace(/ {2,}/g, ' ') };
}

export type HolderNameResult =
  | { ok: true; value: string }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'invalid'; invalid: string[] }
  | { ok: false; reason: 'marks'; marks: string[] }
  /** Longer than HOLDER_NAME_MAX once converted (ガ is two characters: ｶﾞ). */
  | { ok: false; reason: 'too-long'; length: number };

export function toZenginHolderName(input: string): HolderNameResult {
  const converted = toZenginText(input);
  if (!converted.ok) {
    return converted.invalid.length > 0
      ? { ok: false, reason: 'invalid', invalid: converted.invalid }
      : { ok: false, reason: 'marks', marks: converted.marks };
  }
  const length = [...converted.value].length;
  if (length === 0) return { ok: false, reason: 'empty' };
  if (length > HOLDER_NAME_MAX) return { ok: false, reason: 'too-long', length };
  return { ok: true, value: converted.value };
}

/**
 * 委託者名 goes into every Zengin file as it is written: it must already be in the
 * characters the file allows, as the bank registered it (no conversion, which could make
 * a name the bank does not know). The message suggests the converted form when there is one.
 */
export function requesterNameProblem(name: string): string | null {
  const { invalid, marks } = zenginTextProblems(name);
  if (invalid.length === 0 && marks.length === 0) return null;
  const parts: string[] = [];
  if (invalid.length > 0) parts.push(`cannot be written in the Zengin file: ${invalid.map((c) => JSON.stringify(c)).join(', ')}`);
  if (marks.length > 0)
    parts.push(`voiced mark on a character that cannot carry it: ${marks.map((c) => JSON.stringify(c)).join(', ')}`);
  const converted = toZenginText(name);
  const hint =
    converted.ok && converted.value.length <= 40 ? `; written as the file needs it: ${JSON.stringify(converted.value)}` : '';
  return `expected the name the bank registered, in half-width katakana, A–Z, 0–9, space and ( ) . , - / (${parts.join('; ')})${hint}`;
}
