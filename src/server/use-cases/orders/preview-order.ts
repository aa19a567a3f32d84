// What the buyer sees before paying: every yen (package, options, buyer fee and its tax,
// total) and the dates, refused for the same reasons the purchase would be.
import { AppError } from '../../../domain/errors';
import type { OrderPreview } from '../../../shared/api/orders';
import { japanDatePlus } from '../../contracts/create';
import type { Deps } from '../../deps';
import { checkPurchasable, priceChoice, readService } from '../../orders/choice';

export interface PreviewOrderInput {
  buyerId: string;
  serviceId: string;
  packageId: string;
  optionIds: string[];
}

export async function previewOrder(deps: Deps, input: PreviewOrderInput): Promise<OrderPreview> {
  const db = deps.db;
  const service = await readService(db, input.serviceId);
  const seller = await db
    .selectFrom('users')
    .select(['username', 'display_name', 'status'])
    .where('id', '=', service.seller_id)
    .executeTakeFirstOrThrow();
  await checkPurchasable(db, input.buyerId, service);
  if (seller.status !== 'active') throw new AppError('seller-unavailable');
  const chosen = await priceChoice(db, deps, service.id, input);
  const { money } = chosen;
  return {
    service: { id: service.id, title: service.title },
    seller: { username: seller.username, displayName: seller.display_name ?? seller.username },
    package: chosen.package,
    options: chosen.options,
    price: chosen.price,
    tax: money.tax,
    buyerFee: money.clientFee,
    buyerFeeTax: money.clientFeeTax,
    total: money.escrow,
    deliveryDays: chosen.days,
    deliveryDate: japanDatePlus(deps.clock(), chosen.days),
    acceptanceDays: service.acceptance_days,
    buyerRequest: service.buyer_request,
  };
}
