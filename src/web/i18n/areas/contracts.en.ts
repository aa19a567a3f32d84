import type { contractsJa } from './contracts.ja';

export const contractsEn: typeof contractsJa = {};
