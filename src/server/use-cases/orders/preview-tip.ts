// What the buyer pays for a tip (おひねり) before paying: the tip, the buyer fee and its
// tax, the total; refused for the same reasons sending it would be.
import { AppError } from '../../../domain/errors';
import { tipMoney, tipRefusal } from '../../../domain/orders/tips';
import type { TipPreview } from '../../../shared/api/tips';
import type { Deps } from '../../deps';
import { readTipOrder } from '../../orders/tips';

export interface PreviewTipInput {
  buyerId: string;
  orderId: string;
  amount: number;
}

export async function previewTip(deps: Deps, input: PreviewTipInput): Promise<TipPreview> {
  const order = await readTipOrder(deps.db, input.orderId);
  const refusal = tipRefusal(input.buyerId, order?.state, deps.clock());
  if (refusal) throw new AppError(refusal);
  const money = tipMoney(input.amount, deps.config.fees);
  return { amount: money.amount, buyerFee: money.buyerFee, buyerFeeTax: money.buyerFeeTax, total: money.total };
}
