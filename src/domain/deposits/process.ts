// Deposits (入金): the client's payment into escrow, for a milestone or a task's or
// competition's posting. A card payment is written confirmed at once; a bank transfer
// waits, pending, until staff see it arrive, or until it is called off.
import type { Transition } from '../process/transitions';

export const DEPOSIT_METHODS = ['bank_transfer', 'dev_card'] as const;
export type DepositMethod = (typeof DEPOSIT_METHODS)[number];

export const DEPOSIT_STATUSES = ['pending', 'confirmed', 'cancelled'] as const;
export type DepositStatus = (typeof DEPOSIT_STATUSES)[number];
export type DepositAction = 'confirm' | 'cancel';

export const DEPOSIT_TRANSITIONS: readonly Transition<DepositStatus, DepositAction>[] = [
  // Staff saw the transfer arrive.
  { action: 'confirm', from: ['pending'], to: 'confirmed', actors: ['staff'] },
  // The client calls it off, or the contract ends (termination, a dispute's settlement).
  { action: 'cancel', from: ['pending'], to: 'cancelled', actors: ['client', 'system', 'staff'] },
];
