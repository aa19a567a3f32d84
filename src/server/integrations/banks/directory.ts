// Japanese bank and branch codes from the `zengin-code` data (updated by its maintainers
// from the Zengin-Net list). Loaded on first use: about 5 MB that most requests never need.
import { createRequire } from 'node:module';

interface ZenginBranch {
  code: string;
  name: string;
  kana: string;
  hira: string;
  roma: string;
}
interface ZenginBank extends ZenginBranch {
  branches: Record<string, ZenginBranch>;
}

export interface BankEntry {
  code: string;
  name: string;
  kana: string;
}

let data: Record<string, ZenginBank> | null = null;

function load(): Record<string, ZenginBank> {
  if (!data) data = createRequire(import.meta.url)('zengin-code') as Record<string, ZenginBank>;
  return data;
}

const entry = (b: ZenginBranch): BankEntry => ({ code: b.code, name: b.name, kana: b.kana });

export function findBank(code: string): BankEntry | null {
  const bank = load()[code];
  return bank ? entry(bank) : null;
}

export function findBranch(bankCode: string, branchCode: string): BankEntry | null {
  const branch = load()[bankCode]?.branches[branchCode];
  return branch ? entry(branch) : null;
}

/** Matches a code prefix, or the name in kanji, katakana, hiragana or romaji. */
function matches(b: ZenginBranch, q: string): boolean {
  if (/^\d+$/.test(q)) return b.code.startsWith(q);
  const lower = q.toLowerCase();
  return b.name.includes(q) || b.kana.includes(q) || b.hira.includes(q) || b.roma.includes(lower);
}

function search(items: ZenginBranch[], query: string, limit: number): BankEntry[] {
  const q = query.normalize('NFKC').trim();
  if (!q) return [];
  const found = items.filter((b) => matches(b, q));
  // Exact and prefix matches first, then by code.
  const rank = (b: ZenginBranch) => (b.name === q || b.code === q ? 0 : b.name.startsWith(q) || b.hira.startsWith(q) ? 1 : 2);
  return found
    .sort((a, b) => rank(a) - rank(b) || a.code.localeCompare(b.code))
    .slice(0, limit)
    .map(entry);
}

export function searchBanks(query: string, limit = 20): BankEntry[] {
  return search(Object.values(load()), query, limit);
}

export function searchBranches(bankCode: string, query: string, limit = 20): BankEntry[] {
  const bank = load()[bankCode];
  return bank ? search(Object.values(bank.branches), query, limit) : [];
}
