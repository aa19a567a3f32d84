// Japanese search without a morphological analyser: documents are indexed by every
// character and every pair of adjacent characters (after the normalisation below), so a
// one-character word (訳) or a two-character word (翻訳) is found as reliably as a
// longer one, in any script. A query term must match all its bigrams (a GIN lookup);
// the database then re-checks the term (a substring, or the pattern below), so there are
// no false positives and — by construction — no false negatives.
//
// Both the indexed text and the query take the same form: NFKC (full-width ASCII and
// half-width kana), lower case, hiragana as katakana (かふぇ finds カフェ), ヴ as the
// ba row (ヴァイオリン finds バイオリン), small kana as large (ウィンドウ finds ウインドウ),
// and the long vowel mark's stand-ins (ｰ, -, ‐, —, −, …) after kana as ー. A long vowel
// at the end of a katakana word is optional: コンピューター finds コンピュータ and the
// other way round (a query term says so with a pattern).

import { CATEGORY_TREE, categoryLabel, categoryParent, JOB_TAGS, type JobTag } from './categories';

/** Long vowel stand-ins, read as ー when they follow kana. */
const LONG_VOWEL_LIKE = /[-\u2010-\u2015\u2212\u2500\u30FC]/;
const SMALL_KANA: Record<string, string> = {
  ァ: 'ア',
  ィ: 'イ',
  ゥ: 'ウ',
  ェ: 'エ',
  ォ: 'オ',
  ッ: 'ツ',
  ャ: 'ヤ',
  ュ: 'ユ',
  ョ: 'ヨ',
  ヮ: 'ワ',
  ヵ: 'カ',
  ヶ: 'カ',
};
const VU: Record<string, string> = { ァ: 'バ', ィ: 'ビ', ゥ: 'ブ', ェ: 'ベ', ォ: 'ボ', ャ: 'ビャ', ュ: 'ビュ', ョ: 'ビョ' };
const VA_ROW: Record<string, string> = { ヷ: 'バ', ヸ: 'ビ', ヹ: 'ベ', ヺ: 'ボ' };

/** Katakana letters after folding, and ー. */
function isKatakana(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return (code >= 0x30a1 && code <= 0x30fa) || code === 0x30fc || code === 0x30fd || code === 0x30fe;
}

/** Hiragana to katakana, ヴ to the ba row, small kana to large, long vowels to one ー. */
function foldKana(text: string): string {
  const hira = text.replace(/[\u3041-\u3096\u309D\u309E]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
  const vu = hira
    .replace(/ヴ([ァィゥェォャュョ]?)/g, (_, small: string) => VU[small] ?? 'ブ')
    .replace(/[ヷヸヹヺ]/g, (c) => VA_ROW[c] ?? c)
    .replace(/[ァィゥェォッャュョヮヵヶ]/g, (c) => SMALL_KANA[c] ?? c);
  let out = '';
  for (const c of vu) {
    if (LONG_VOWEL_LIKE.test(c) && isKatakana(out.at(-1))) {
      if (out.at(-1) !== 'ー') out += 'ー';
    } else out += c;
  }
  return out;
}

/** The form both documents and queries take (see the top of this file). */
export function normaliseForSearch(text: string): string {
  return foldKana(text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim());
}

const SEPARATOR = /[\s\p{P}\p{S}]+/u;

/** Index tokens of a document: every character and every adjacent pair within a run. */
export function documentTokens(text: string): string[] {
  const tokens = new Set<string>();
  for (const run of normaliseForSearch(text).split(SEPARATOR)) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) {
      tokens.add(chars[i] as string);
      if (i + 1 < chars.length) tokens.add(`${chars[i]}${chars[i + 1]}`);
    }
  }
  tokens.delete('');
  return [...tokens];
}

export interface SearchTerm {
  /** The normalised term. */
  text: string;
  /**
   * Set when the term holds the end of a katakana word, whose long vowel is optional: a
   * regular expression (the same in PostgreSQL and JavaScript) the indexed text must
   * match instead of holding `text` as a substring.
   */
  pattern?: string;
}

export interface SearchQuery {
  /** Normalised terms, each to be found (AND). */
  terms: SearchTerm[];
  /** Tokens that every matching document must hold (for the index lookup). */
  tokens: string[];
}

const KATAKANA_CLASS = '[ァ-ヺヽヾー]';

/** Escapes the characters both regular expression dialects treat specially. */
function escapeRegex(c: string): string {
  return /[.*+?()[\]{}|^$\\]/.test(c) ? `\\${c}` : c;
}

/**
 * A term's pattern and the pieces its index tokens come from. A katakana word ends where
 * a katakana letter is followed by something else: there the document may or may not
 * write ー (データ入力 finds データー入力 and the other way round), so no index token
 * spans that place; a ー that ends the term stands for "ー, or the word ends here"
 * (コンピューター finds コンピュータ。 and コンピューターの, not コンピュータシステム).
 */
function analyseTerm(text: string): SearchTerm & { pieces: string[] } {
  const chars = [...text];
  const pieces = [''];
  let pattern = '';
  let needsPattern = false;
  chars.forEach((c, i) => {
    const next = chars[i + 1];
    const endsWord = isKatakana(c) && !isKatakana(next) && (c !== 'ー' || isKatakana(chars[i - 1]));
    if (!endsWord || c !== 'ー') {
      pattern += escapeRegex(c);
      pieces[pieces.length - 1] += c;
    }
    if (!endsWord) return;
    if (next !== undefined) {
      pattern += 'ー?';
      pieces.push('');
      needsPattern = true;
    } else if (c === 'ー') {
      pattern += `(?:ー|(?!${KATAKANA_CLASS}))`;
      needsPattern = true;
    }
  });
  return { text, pattern: needsPattern ? pattern : undefined, pieces: pieces.filter(Boolean) };
}

/** Splits a keyword query into terms (by spaces) and the tokens the index must hold. */
export function parseKeywords(input: string, maxTerms = 8): SearchQuery {
  const texts = [...new Set(normaliseForSearch(input).split(' ').filter(Boolean))].slice(0, maxTerms);
  const terms: SearchTerm[] = [];
  const tokens = new Set<string>();
  for (const text of texts) {
    const { pieces, ...term } = analyseTerm(text);
    terms.push(term.pattern ? term : { text });
    for (const piece of pieces) {
      for (const run of piece.split(SEPARATOR)) {
        const chars = [...run];
        if (chars.length === 1) tokens.add(chars[0] as string);
        for (let i = 0; i + 1 < chars.length; i++) tokens.add(`${chars[i]}${chars[i + 1]}`);
      }
    }
  }
  tokens.delete('');
  return { terms, tokens: [...tokens] };
}

/** Whether a normalised document matches a term (what the database checks, in JavaScript). */
export function matchesTerm(document: string, term: SearchTerm): boolean {
  return term.pattern ? new RegExp(term.pattern).test(document) : document.includes(term.text);
}

/** Escapes LIKE wildcards so a term matches literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The text a posting is searched by: its words, its category's and the parent category's
 * Japanese names, and its tags' names.
 */
export function postingSearchText(p: {
  title: string;
  description: string;
  category: string;
  tags: readonly string[];
  taskInstructions?: string | null;
  entryRules?: string | null;
}): string {
  const parent = categoryParent(p.category);
  const names = [
    categoryLabel(p.category, 'ja') ?? '',
    parent ? (CATEGORY_TREE[parent]?.label.ja ?? '') : '',
    ...p.tags.map((t) => (t in JOB_TAGS ? JOB_TAGS[t as JobTag].ja : '')),
  ];
  return normaliseForSearch([p.title, p.description, ...names, p.taskInstructions ?? '', p.entryRules ?? ''].join(' \n '));
}
