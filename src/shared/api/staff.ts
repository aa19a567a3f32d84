// The staff's pages of money and trouble: deposits waiting for confirmation, disputes
// and their settlement.
import { z } from 'zod';
import { CONTRACT_STATUSES } from '../../domain/contracts/process';
import { DEPOSIT_METHODS, DEPOSIT_STATUSES } from '../../domain/deposits/process';
import { ESCROW_MAX } from '../../domain/money/limits';
import { ContractEvent, Dispute, SettlementInput, yen } from './contracts';
import { paragraph } from './fields';

export const StaffDeposit = z.object({
  id: z.string(),
  reference: z.string(),
  amount: z.number().int(),
  method: z.enum(DEPOSIT_METHODS),
  status: z.enum(DEPOSIT_STATUSES),
  createdAt: z.string(),
  /** A milestone's deposit names its contract and milestone; a posting's names the job. */
  contract: z.object({ id: z.string(), title: z.string() }).nullable(),
  milestone: z.object({ id: z.string(), position: z.number().int(), title: z.string() }).nullable(),
  /** A tip (おひねり) on the contract's order, not a milestone. */
  tip: z.boolean(),
  job: z.object({ id: z.string(), title: z.string(), kind: z.enum(['task', 'competition']) }).nullable(),
  client: z.object({ username: z.string() }),
});
export const StaffDepositList = z.object({ items: z.array(StaffDeposit) });
export const ConfirmDepositBody = z.strictObject({
  /** The amount that arrived on the bank statement; must equal the deposit. */
  receivedAmount: yen(1, ESCROW_MAX),
});
export const StaffDispute = Dispute.extend({
  contract: z.object({ id: z.string(), title: z.string(), status: z.enum(CONTRACT_STATUSES) }),
  client: z.object({ username: z.string() }),
  worker: z.object({ username: z.string() }),
  milestones: z.array(
    z.object({
      id: z.string(),
      position: z.number().int(),
      title: z.string(),
      status: z.string(),
      amount: z.number().int(),
      escrow: z.number().int(),
    }),
  ),
  messages: z.array(z.object({ id: z.string(), sender: z.string(), body: z.string(), createdAt: z.string() })),
  events: z.array(ContractEvent),
});
export const StaffDisputeList = z.object({ items: z.array(StaffDispute.omit({ messages: true, events: true })) });
export const SettleDisputeBody = z.strictObject({
  settlement: SettlementInput,
  note: paragraph(2000).refine((s) => s.length > 0, { error: 'required' }),
});
