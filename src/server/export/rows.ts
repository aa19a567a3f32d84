// Rows as the export writes them.

/** Dates as ISO text, everything else as stored. */
export function plain<T extends Record<string, unknown>>(row: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = v instanceof Date ? v.toISOString() : v;
  return out;
}

/** The rows of one contract. */
export const byContract = <T extends { contract_id: string }>(rows: T[], id: string) =>
  rows.filter((r) => r.contract_id === id).map(plain);
