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

// Maps, not the plain objects of the data: a code comes from the URL, and `__proto__` or
// `constructor` must name no bank rather than something of Object.prototype.
interface Bank {
  entry: ZenginBranch;
  branches: Map<string, ZenginBranch>;
}
let data: Map<string, Bank> | null = null;

function load(): Map<string, Bank> {
  if (!data) {
    const raw = createRequire(import.meta.url)('zengin-code') as Record<string, ZenginBank>;
    data = new Map(
      Object.entries(raw).map(([code, bank]) => [code, { entry: bank, branches: new Map(Object.entries(bank.branches)) }]),
    );
  }
  return data;
}

const entry = (b: ZenginBranch): BankEntry => ({ code: b.code, name: b.name, kana: b.kana });

export function findBank(code: string): BankEntry | null {
  const bank = load().get(code);
  return bank ? entry(bank.entry) : null;
}

export function findBranch(bankCode: string, branchCode: string): BankEntry | null {
  const branch = load().get(bankCode)?.branches.get(branchCode);
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
  return search(
    [...load().values()].map((b) => b.entry),
    query,
    limit,
  );
}

export function searchBranches(bankCode: string, query: string, limit = 20): BankEntry[] {
  const bank = load().get(bankCode);
  return bank ? search([...bank.branches.values()], query, limit) : [];
}
