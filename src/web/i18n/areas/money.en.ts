import type { moneyJa } from './money.ja';

export const moneyEn: typeof moneyJa = {};
