// The screening text: what a message says once its disguises are taken off, with every
// character remembering where it came from in the original, so that a finding points at the
// exact part the sender wrote (the page highlights it) and never at the normalised form.
//
// Steps, in order (each keeps the map from normalised code unit → original [start, end)):
//  1. NFKC per character (full-width letters, digits and symbols, half-width kana with their
//     voiced marks, ① → 1, ＠ → @), lower case, hiragana → katakana; zero-width characters,
//     soft hyphens and variation selectors are dropped; every run of white space (new lines
//     included) becomes one space, so text split across lines reads as one line.
//  2. Kanji numerals (〇一二三四五六七八九, 零壱弐参伍) become digits — only next to another
//     numeral, so 一度 and 二人 stay words while 〇九〇 and 二〇二六 become numbers.
//  3. Kana digit words (ゼロ/レイ/マル, イチ, ニ, サン, ヨン/シ, ゴ, ロク, ナナ/シチ, ハチ,
//     キュウ/ク) become digits only in a run of at least seven numerals, so イチゴ or シニア stay.
//  4. Dashes and the long vowel mark between digits become '-'.
//  5. Spelled-out @ and dot (アットマーク, アット, atmark, ドット, 点, 。, and in any bracket: (at), [アット],
//     【あっと】, (あ), (dot), 〔てん〕, (て)) become @ and . only between Latin letters or digits
//     (アットホーム, ドット絵 stay).
//  6. Single Latin letters, digits or kana spaced out (l i n e, ラ・イ・ン, t/a/r/o, 0.9.0) are joined.
import { foldKanaDigits } from './numerals';

/** One character of the screening text and the original range it stands for. */
export interface Unit {
  ch: string;
  start: number;
  end: number;
}

/** The screening text and, per code unit, the original range it came from. */
export interface Normalised {
  text: string;
  starts: number[];
  ends: number[];
}

/** Zero-width and formatting characters, keycap and variation marks: dropped. */
export function isInvisible(c: string): boolean {
  if (c.length !== 1) return false;
  const code = c.charCodeAt(0);
  return (
    code === 0xad ||
    code === 0x180e ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    code === 0x20e3 ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    code === 0xfeff
  );
}
const KANJI_DIGITS = new Map<string, string>([
  ['〇', '0'],
  ['零', '0'],
  ['一', '1'],
  ['壱', '1'],
  ['二', '2'],
  ['弐', '2'],
  ['三', '3'],
  ['参', '3'],
  ['四', '4'],
  ['五', '5'],
  ['伍', '5'],
  ['六', '6'],
  ['七', '7'],
  ['八', '8'],
  ['九', '9'],
]);
const DASHES = new Set([...'\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2500\u30FC\uFF70~〜～']);

function toKatakana(c: string): string {
  const code = c.charCodeAt(0);
  return code >= 0x3041 && code <= 0x3096 ? String.fromCharCode(code + 0x60) : c;
}

/** Step 1: NFKC, lower case, katakana, no zero-width characters, one space per white run. */
function basicUnits(text: string): Unit[] {
  const out: Unit[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) as number;
    let len = cp > 0xffff ? 2 : 1;
    let raw = text.slice(i, i + len);
    const next = text.charCodeAt(i + len);
    if (next === 0xff9e || next === 0xff9f || next === 0x3099 || next === 0x309a) {
      raw += text[i + len];
      len += 1;
    }
    const start = i;
    i += len;
    if (len === 1 && ((cp >= 0x3041 && cp <= 0x3096) || (cp >= 0x30a1 && cp <= 0x30fa) || (cp >= 0x4e00 && cp <= 0x9fff))) {
      out.push({ ch: cp <= 0x3096 ? String.fromCharCode(cp + 0x60) : raw, start, end: i });
      continue;
    }
    if (cp < 0x80 && len === 1) {
      if (cp === 0x20 || (cp >= 0x09 && cp <= 0x0d)) {
        const last = out.at(-1);
        if (last?.ch === ' ') last.end = i;
        else out.push({ ch: ' ', start, end: i });
      } else out.push({ ch: cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : raw, start, end: i });
      continue;
    }
    if (isInvisible(raw)) continue;
    const folded = raw.normalize('NFKC').toLowerCase();
    for (const ch of folded) {
      if (isInvisible(ch)) continue;
      if (/\s/.test(ch)) {
        const last = out.at(-1);
        if (last?.ch === ' ') last.end = i;
        else out.push({ ch: ' ', start, end: i });
        continue;
      }
      for (const unit of ch.length > 1 ? [ch] : [...toKatakana(ch)]) out.push({ ch: unit, start, end: i });
    }
  }
  return out;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isNumeral = (c: string | undefined) => isDigit(c) || (c !== undefined && KANJI_DIGITS.has(c));
const isAlnum = (c: string | undefined) => c !== undefined && /^[a-z0-9]$/.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /^[a-z]$/.test(c);

/** The nearest character that is not a space or a dash, looking from `i` in `step` direction. */
function neighbour(units: Unit[], i: number, step: 1 | -1): string | undefined {
  for (let j = i + step; j >= 0 && j < units.length; j += step) {
    const c = units[j]?.ch as string;
    if (c !== ' ' && c !== '-' && !DASHES.has(c)) return c;
  }
  return undefined;
}

/** Step 2: kanji numerals next to another numeral. */
function kanjiDigits(units: Unit[]): void {
  const convert: number[] = [];
  units.forEach((u, i) => {
    if (KANJI_DIGITS.has(u.ch) && (isNumeral(neighbour(units, i, -1)) || isNumeral(neighbour(units, i, 1)))) convert.push(i);
  });
  for (const i of convert) {
    const u = units[i] as Unit;
    u.ch = KANJI_DIGITS.get(u.ch) as string;
  }
}

/** Step 4: dashes and ー between digits. */
function digitDashes(units: Unit[]): void {
  units.forEach((u, i) => {
    if (DASHES.has(u.ch) && isDigit(neighbour(units, i, -1)) && isDigit(neighbour(units, i, 1))) u.ch = '-';
  });
}

/** Brackets a spelled-out symbol may sit in: (at), [アット], 【あっと】, 〔てん〕… */
const BRACKETS = ['()', '[]', '<>', '{}', '【】', '〔〕', '「」', '『』', '《》', '〈〉'];
const bracketed = (words: string[]) => words.flatMap((w) => BRACKETS.map((b) => `${b[0]}${w}${b[1]}`));
const AT_WORDS = ['アットマーク', 'atmark', 'アット', ...bracketed(['at', 'アット', 'アットマーク', 'ア', '@'])];
const DOT_WORDS = ['ドット', '。', '点', ...bracketed(['dot', 'ドット', 'テ', 'テン', '.', '点'])];

const SYMBOL_STARTS = new Set([...AT_WORDS, ...DOT_WORDS].map((w) => w[0] as string));

/** The character before position `i` and after position `j`, skipping one space. */
function around(units: Unit[], i: number, j: number): [string | undefined, string | undefined] {
  let b = i - 1;
  if (units[b]?.ch === ' ') b -= 1;
  let a = j;
  if (units[a]?.ch === ' ') a += 1;
  return [units[b]?.ch, units[a]?.ch];
}

/** Step 5: spelled-out @ and dot between Latin letters and digits. */
function spelledSymbols(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  let i = 0;
  while (i < units.length) {
    if (!SYMBOL_STARTS.has((units[i] as Unit).ch)) {
      out.push(units[i++] as Unit);
      continue;
    }
    let replaced = false;
    for (const [words, symbol] of [
      [AT_WORDS, '@'],
      [DOT_WORDS, '.'],
    ] as const) {
      for (const word of words) {
        if (!matchesAt(units, i, word)) continue;
        const [before, after] = around(units, i, i + word.length);
        if (!isAlnum(before) || !isLetter(after)) continue;
        if (out.at(-1)?.ch === ' ') out.pop();
        const last = units[i + word.length - 1] as Unit;
        out.push({ ch: symbol, start: (units[i] as Unit).start, end: last.end });
        i += word.length;
        if (units[i]?.ch === ' ') i += 1;
        replaced = true;
        break;
      }
      if (replaced) break;
    }
    if (!replaced) out.push(units[i++] as Unit);
  }
  return out;
}

function matchesAt(units: Unit[], i: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (units[i + k]?.ch !== word[k]) return false;
  return true;
}

const SPACERS = new Set([' ', '・', '*', '･', '|', '_', '/', '.']);
/** A lone Latin letter, digit or katakana (one code unit). */
function single(units: Unit[], i: number): boolean {
  const c = units[i]?.ch;
  if (c === undefined || c.length !== 1) return false;
  const code = c.charCodeAt(0);
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x30a1 && code <= 0x30fa);
}

/** Step 6: runs of at least three lone characters with the same spacer between them are joined. */
function joinSpaced(units: Unit[]): Unit[] {
  const drop = new Set<number>();
  let i = 0;
  while (i < units.length) {
    if (!single(units, i) || single(units, i - 1) || single(units, i + 1)) {
      i += 1;
      continue;
    }
    const spacer = units[i + 1]?.ch ?? '';
    let j = i;
    const dropped: number[] = [];
    while (SPACERS.has(spacer) && units[j + 1]?.ch === spacer && single(units, j + 2) && !single(units, j + 3)) {
      dropped.push(j + 1);
      j += 2;
    }
    if (dropped.length >= 2) for (const d of dropped) drop.add(d);
    i = j + 1;
  }
  return drop.size ? units.filter((_, k) => !drop.has(k)) : units;
}

/** A pattern written with hiragana, in the folded form the screening text takes (katakana). */
export function foldPattern(source: string): string {
  return source.replace(/[\u3041-\u3096]/g, toKatakana);
}

/** The screening form of `text` with its map back to the original. */
export function normaliseForScreening(text: string): Normalised {
  // Spaced-out characters are joined first, so a number read aloud one kana per line is read.
  const units = joinSpaced(basicUnits(text));
  kanjiDigits(units);
  const folded = foldKanaDigits(units);
  digitDashes(folded);
  const final = spelledSymbols(folded);
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const u of final) {
    parts.push(u.ch);
    for (let k = 0; k < u.ch.length; k++) {
      starts.push(u.start);
      ends.push(u.end);
    }
  }
  return { text: parts.join(''), starts, ends };
}
