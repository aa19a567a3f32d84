// Japanese search without a morphological analyser: documents are indexed by every
// character and every pair of adjacent characters (after NFKC and lower-casing), so a
// one-character word (訳) or a two-character word (翻訳) is found as reliably as a
// longer one, in any script. A query term must match all its bigrams (a GIN lookup);
// the database then re-checks the term as a substring, so there are no false positives
// and — by construction — no false negatives.

/** NFKC, lower case, whitespace collapsed: the form both documents and queries take. */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
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

export interface SearchQuery {
  /** Normalised terms, each to be found as a substring (AND). */
  terms: string[];
  /** Tokens that every matching document must hold (for the index lookup). */
  tokens: string[];
}

/** Splits a keyword query into terms (by spaces) and the tokens the index must hold. */
export function parseKeywords(input: string, maxTerms = 8): SearchQuery {
  const terms = [...new Set(normaliseForSearch(input).split(' ').filter(Boolean))].slice(0, maxTerms);
  const tokens = new Set<string>();
  for (const term of terms) {
    for (const run of term.split(SEPARATOR)) {
      const chars = [...run];
      if (chars.length === 1) tokens.add(chars[0] as string);
      for (let i = 0; i + 1 < chars.length; i++) tokens.add(`${chars[i]}${chars[i + 1]}`);
    }
  }
  tokens.delete('');
  return { terms, tokens: [...tokens] };
}

/** Escapes LIKE wildcards so a term matches literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The text a posting is searched by: its words plus its category and tag names. */
export function postingSearchText(p: {
  title: string;
  description: string;
  categoryLabel: string;
  tagLabels: string[];
  taskInstructions?: string | null;
  entryRules?: string | null;
}): string {
  return normaliseForSearch(
    [p.title, p.description, p.categoryLabel, ...p.tagLabels, p.taskInstructions ?? '', p.entryRules ?? ''].join(' \n '),
  );
}
