/** The first instant of a month in Japan, and of the next month. */
export function japanMonth(month: string): { from: Date; to: Date } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const from = new Date(Date.UTC(y, m - 1, 1) - 9 * 3_600_000);
  const to = new Date(Date.UTC(y, m, 1) - 9 * 3_600_000);
  return { from, to };
}

export function currentJapanMonth(now: Date): string {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 7);
}
