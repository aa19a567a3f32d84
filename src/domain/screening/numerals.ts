// Numbers written in words, and telephone numbers however they are spaced.
//
// Kana digit words (after hiragana → katakana) are read as digits only inside a run of at
// least seven numerals (words or digits, with spaces, dashes, commas or dots between), so a
// phone number read aloud — ゼロキュウゼロ、イチニサンヨン… — becomes 090-1234… while ordinary
// words made of the same sounds (イチゴ, シニア, ハチミツ, ごにょごにょ) never do.
//
// A telephone number is a Japanese number of 10 or 11 digits in the shapes people write:
// one run (09012345678), groups whose last has four digits (090-1234-5678, 03 1234 5678,
// 0120-123-456 → 3 groups of ≤ 4), digits spaced one by one, or +81 without the leading 0.
// Mobile, IP and free-dial numbers (070/080/090, 050, 0800) have 11 digits, the rest 10.
// It is not: a 13-digit barcode, an ISBN (its groups are of other lengths), a date
// (2026-12-07 starts with 2), a postcode (7 digits), an order number, a price or a time.
import type { Unit } from './normalise';

const WORDS: [string, string][] = [
  ['キュウ', '9'],
  ['キュー', '9'],
  ['ゼロ', '0'],
  ['レイ', '0'],
  ['マル', '0'],
  ['イチ', '1'],
  ['サン', '3'],
  ['ヨン', '4'],
  ['ロク', '6'],
  ['ナナ', '7'],
  ['シチ', '7'],
  ['ハチ', '8'],
  ['ニー', '2'],
  ['ニイ', '2'],
  ['ゴオ', '5'],
  ['ゴー', '5'],
  ['ニ', '2'],
  ['シ', '4'],
  ['ゴ', '5'],
  ['ク', '9'],
  ['zero', '0'],
  ['one', '1'],
  ['two', '2'],
  ['three', '3'],
  ['four', '4'],
  ['five', '5'],
  ['six', '6'],
  ['seven', '7'],
  ['eight', '8'],
  ['nine', '9'],
];
const isLatin = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
const WORDS_BY_START = new Map<string, [string, string][]>();
for (const entry of WORDS) {
  const first = entry[0][0] as string;
  WORDS_BY_START.set(first, [...(WORDS_BY_START.get(first) ?? []), entry]);
}
const KANA_SEPARATORS = new Set(['ノ', ' ', '/', '-', 'ー', '、', '・', ',', '.', '‐', '−', '–', '—']);

function wordAt(units: Unit[], i: number): [number, string] | null {
  for (const [word, digit] of WORDS_BY_START.get(units[i]?.ch as string) ?? []) {
    let ok = true;
    for (let k = 0; k < word.length; k++) {
      if (units[i + k]?.ch !== word[k]) {
        ok = false;
        break;
      }
    }
    // An English number word stands alone (not inside “someone” or “often”).
    if (ok && isLatin(word[0]) && (isLatin(units[i - 1]?.ch) || isLatin(units[i + word.length]?.ch))) ok = false;
    // ニイチ is ニ + イチ (2, 1), not ニイ + a stray チ.
    if (ok && word === 'ニイ' && units[i + 2]?.ch === 'チ') ok = false;
    if (ok) return [word.length, digit];
  }
  return null;
}

interface Token {
  at: number;
  length: number;
  digit: string | null;
}

/** The numeral run starting at `i`: words, digits and separators between them. */
function runAt(units: Unit[], i: number): Token[] {
  const tokens: Token[] = [];
  let j = i;
  while (j < units.length) {
    const c = units[j]?.ch as string;
    if (c >= '0' && c <= '9') {
      tokens.push({ at: j, length: 1, digit: null });
      j += 1;
      continue;
    }
    const word = wordAt(units, j);
    if (word) {
      tokens.push({ at: j, length: word[0], digit: word[1] });
      j += word[0];
      continue;
    }
    if (tokens.length && KANA_SEPARATORS.has(c)) {
      j += 1;
      continue;
    }
    break;
  }
  // A one-kana word right before more words is a particle (…ハチに電話): not a numeral.
  const last = tokens.at(-1);
  if (last?.digit && last.length === 1 && /[\u30A1-\u30FA\p{Script=Han}]/u.test(units[last.at + 1]?.ch ?? '')) tokens.pop();
  return tokens;
}

/** Kana digit words in runs of seven numerals or more become digits (same map). */
export function foldKanaDigits(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  let i = 0;
  while (i < units.length) {
    const c = (units[i] as Unit).ch;
    if (!WORDS_BY_START.has(c) && !(c >= '0' && c <= '9')) {
      out.push(units[i++] as Unit);
      continue;
    }
    const tokens = runAt(units, i);
    const words = tokens.filter((t) => t.digit !== null).length;
    if (tokens.length >= 7 && words >= 3) {
      const last = tokens.at(-1) as Token;
      const endAt = last.at + last.length;
      let k = i;
      for (const t of tokens) {
        while (k < t.at) out.push(units[k++] as Unit);
        const first = units[t.at] as Unit;
        const lastUnit = units[t.at + t.length - 1] as Unit;
        out.push({ ch: t.digit ?? first.ch, start: first.start, end: lastUnit.end });
        k = t.at + t.length;
      }
      i = endAt;
      continue;
    }
    // A failed run's tail is a shorter run: skip it (keeps the scan linear).
    const skip = tokens.length ? Math.max(1, (tokens.at(-1) as Token).at + (tokens.at(-1) as Token).length - i) : 1;
    for (let k = 0; k < skip; k++) out.push(units[i + k] as Unit);
    i += skip;
  }
  return out;
}

/** Between two digit groups of one written number: at most three of these. */
const GAP = /^[\s\-.()[\]{}_*~・、,|=>/ノ\p{So}\p{Sk}\p{Extended_Pictographic}]{1,3}$/u;

interface Group {
  start: number;
  end: number;
  digits: string;
  /** The gap before this group joins it to the previous one. */
  joined: boolean;
  gapBefore: string;
}

function groupsOf(text: string): Group[][] {
  const chains: Group[][] = [];
  let previous: Group | null = null;
  for (const m of text.matchAll(/\d+/g)) {
    const start = m.index;
    const gapBefore = previous ? text.slice(previous.end, start) : '';
    const joined = previous !== null && (GAP.test(gapBefore) || gapBefore === ' / ');
    const group: Group = { start, end: start + m[0].length, digits: m[0], joined, gapBefore };
    if (joined) chains.at(-1)?.push(group);
    else chains.push([group]);
    previous = group;
  }
  return chains;
}

function validNumber(digits: string, groups: number): boolean {
  if (digits.length === 11) return /^0[5789]0/.test(digits);
  // A mobile written 3-3-4 (a digit short) is still meant as a number to call.
  if (digits.length === 10 && groups === 3 && /^0[789]0/.test(digits)) return true;
  if (digits.length === 10) return /^0[1-9]/.test(digits) && !/^0[5789]0/.test(digits);
  return false;
}

/** 090-0000-0000, 03-1111-1111: a form's example, not anyone's number. */
function placeholder(digits: string): boolean {
  return /^0\d{1,3}?(\d)\1{5,}$/.test(digits) && /(\d)\1{7}$/.test(digits);
}

function validShape(groups: Group[]): boolean {
  const lengths = groups.map((g) => g.digits.length);
  if (lengths.length === 1) return true;
  if (lengths.every((l) => l <= 2)) return true;
  // The head as digits, the rest read out one by one (090の、なな・なな・いち・に…).
  if (lengths.length >= 8 && (lengths[0] as number) <= 4 && lengths.slice(1).every((l) => l === 1)) return true;
  if (lengths.join() === '4,3,3') return true;
  // Two-digit area codes are 03, 04 and 06 only (01 2345 6784 is part of a tracking number).
  if (lengths.length === 3 && lengths[0] === 2 && !/^0[346]$/.test(groups[0]?.digits ?? '')) return false;
  if (lengths.length <= 3) return (lengths.at(-1) as number) === 4 || (lengths.length === 2 && (lengths[1] as number) >= 6);
  return lengths.every((l) => l <= 4) && (lengths.at(-1) as number) >= 2;
}

/** Telephone numbers in a normalised text: [start, end) in that text. */
export function findPhones(text: string): [number, number][] {
  const found: [number, number][] = [];
  for (const chain of groupsOf(text)) {
    for (let s = 0; s < chain.length; s++) {
      const first = chain[s] as Group;
      if (s > 0 && /^[-.,、]$/.test(first.gapBefore)) continue;
      if (/isbn|jan|issn/.test(text.slice(Math.max(0, first.start - 12), first.start))) continue;
      const international = text[first.start - 1] === '+' && first.digits.startsWith('81');
      let digits = '';
      for (let e = s; e < chain.length && digits.length < 13; e++) {
        digits += (chain[e] as Group).digits;
        const national = international ? `0${digits.slice(2)}` : digits;
        if (validNumber(national, e - s + 1) && !placeholder(national) && validShape(chain.slice(s, e + 1))) {
          found.push([international ? first.start - 1 : first.start, (chain[e] as Group).end]);
          s = e;
          break;
        }
      }
    }
  }
  return found;
}
