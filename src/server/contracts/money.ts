// The money columns of a milestone, and the split of an amount by the configured fees.
import { settlementPart } from '../../domain/contracts/settlement';
import { type MilestoneMoney, splitMilestone } from '../../domain/money/fees';
import type { Deps } from '../deps';

/** The money columns of a milestone of `amount` yen before tax. */
export function moneyColumns(money: MilestoneMoney) {
  return {
    amount: money.amount,
    tax: money.tax,
    client_fee: money.clientFee,
    client_fee_tax: money.clientFeeTax,
    worker_fee: money.workerFee,
    worker_fee_tax: money.workerFeeTax,
    withholding: money.withholding,
    worker_net: money.workerNet,
    escrow: money.escrow,
  };
}

export function splitFor(deps: Deps, amount: number, withholding: boolean): MilestoneMoney {
  return splitMilestone(amount, { withholding, fees: deps.config.fees });
}

/**
 * The worker's part of a milestone paid `workerAmount` by a settlement: an order's contract
 * (`serviceOrderId` set) by the service fees, a job's by the project fees.
 */
export function settlementPartFor(
  deps: Deps,
  contract: { service_order_id: string | null; withholding: boolean },
  milestone: { amount: number; tax: number },
  workerAmount: number,
): MilestoneMoney {
  return settlementPart(workerAmount, milestone, {
    withholding: contract.withholding,
    fees: deps.config.fees,
    serviceOrder: contract.service_order_id !== null,
  });
}

/** The stored money of a milestone row, as the domain's shape. */
export function moneyOf(m: {
  amount: number;
  tax: number;
  client_fee: number;
  client_fee_tax: number;
  worker_fee: number;
  worker_fee_tax: number;
  withholding: number;
  worker_net: number;
  escrow: number;
}): MilestoneMoney {
  return {
    amount: m.amount,
    tax: m.tax,
    escrow: m.escrow,
    clientFee: m.client_fee,
    clientFeeTax: m.client_fee_tax,
    workerFee: m.worker_fee,
    workerFeeTax: m.worker_fee_tax,
    withholding: m.withholding,
    workerNet: m.worker_net,
  };
}
