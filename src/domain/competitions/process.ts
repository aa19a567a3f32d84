// Competition entries (コンペの応募作品): submitted until the worker withdraws it; the
// competition's end is its escrow's (domain/jobs/escrow-process.ts).
import type { Transition } from '../process/transitions';

export const ENTRY_STATUSES = ['submitted', 'withdrawn'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];
export type EntryAction = 'withdraw';

export const ENTRY_TRANSITIONS: readonly Transition<EntryStatus, EntryAction>[] = [
  { action: 'withdraw', from: ['submitted'], to: 'withdrawn', actors: ['worker'] },
];
