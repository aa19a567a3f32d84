// Account holder names for bank transfers (口座名義): the Zengin format allows only
// half-width katakana, upper-case Latin letters, digits, space and a few symbols. Input
// in full-width katakana, hiragana, full-width or lower-case Latin is converted where the
// conversion is unambiguous; anything else (kanji, emoji …) is refused with the
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

/** Characters a Zengin holder name may hold. */
const ALLOWED = /^[ｦ-ﾟA-Z0-9 ().,\-/\\]$/u;

export type HolderNameResult = { ok: true; value: string } | { ok: false; invalid: string[] };

export function toZenginHolderName(input: string): HolderNameResult {
  // Hiragana → katakana, then width and case.
  const katakana = input.trim().replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
  let out = '';
  const invalid = new Set<string>();
  for (const ch of katakana) {
    const mapped = TABLE.get(ch) ?? (ch === '\u3000' ? ' ' : ch.normalize('NFKC').toUpperCase());
    for (const c of mapped) {
      // NFKC turns half-width katakana into full-width; keep the half-width we want.
      const half = TABLE.get(c) ?? c;
      if (ALLOWED.test(half)) out += half;
      else invalid.add(ch);
    }
  }
  const value = out.replace(/ {2,}/g, ' ');
  if (invalid.size > 0) return { ok: false, invalid: [...invalid] };
  if (value.length === 0 || value.length > 30) return { ok: false, invalid: [] };
  return { ok: true, value };
}
