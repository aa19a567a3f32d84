// Amounts and dates in notices: integer yen and Tokyo time, in the reader's language.
// The Japanese forms are the ones the notices have always used.

const TOKYO = 'Asia/Tokyo';

/** ¥12,345 */
export const yenJa = (n: number) => `¥${n.toLocaleString('ja-JP')}`;
export const yenEn = (n: number) => `¥${n.toLocaleString('en-US')}`;

/** 2026/12/7 9:30:00 */
export const dateTimeJa = (iso: string) => new Date(iso).toLocaleString('ja-JP', { timeZone: TOKYO });
/** 2026年12月7日 9:30 */
export const longDateTimeJa = (iso: string) =>
  new Date(iso).toLocaleString('ja-JP', { timeZone: TOKYO, dateStyle: 'long', timeStyle: 'short' });
/** 2026/12/7 */
export const dateJa = (iso: string) => new Date(iso).toLocaleDateString('ja-JP', { timeZone: TOKYO });
/** 2026年12月7日 */
export const longDateJa = (iso: string) => {
  const jst = new Date(new Date(iso).getTime() + 9 * 3_600_000);
  return `${jst.getUTCFullYear()}年${jst.getUTCMonth() + 1}月${jst.getUTCDate()}日`;
};

/** 7 Dec 2026, 09:30 (JST) */
export const dateTimeEn = (iso: string) =>
  `${new Date(iso).toLocaleString('en-GB', { timeZone: TOKYO, dateStyle: 'medium', timeStyle: 'short' })} (JST)`;
/** 7 Dec 2026 */
export const dateEn = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { timeZone: TOKYO, dateStyle: 'medium' });

/** "1 submission", "3 submissions" */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
