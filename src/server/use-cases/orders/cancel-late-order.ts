// The buyer cancels an order the seller did not deliver by its date (納品遅延によるキャンセル):
// the whole escrow, buyer fee included, goes back to the buyer, and the contract ends as
// terminated with its timeline rows, as an agreed termination with nothing for the seller.
import { AppError } from '../../../domain/errors';
import { lateCancelRefusal } from '../../../domain/orders/order';
import { lockContract, recordEvent } from '../../contracts/core';
import { executeSettlement, milestonesOf } from '../../contracts/settle';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { notify } from '../../notifications/notify';
import { japanToday } from '../../orders/view';

export interface CancelLateOrderInput {
  actorId: string;
  orderId: string;
}

export async function cancelLateOrder(deps: Deps, input: CancelLateOrderInput): Promise<{ contractId: string }> {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    const order = await trx.selectFrom('service_orders').selectAll().where('id', '=', input.orderId).executeTakeFirst();
    const link = await trx.selectFrom('contracts').select('id').where('service_order_id', '=', input.orderId).executeTakeFirst();
    // The contract row FOR UPDATE: a delivery racing the cancel sees one or the other.
    const contract = link ? await lockContract(trx, link.id) : undefined;
    if (!order || !contract) throw new AppError('not-found');
    const milestones = await milestonesOf(trx, contract.id);
    const milestone = milestones[0];
    const state = milestone && {
      buyerId: order.buyer_id,
      sellerId: order.seller_id,
      contractStatus: contract.status,
      milestoneStatus: milestone.status,
      deliveryDate: order.delivery_date,
    };
    const refusal = lateCancelRefusal(input.actorId, state, japanToday(now));
    if (refusal) throw new AppError(refusal);
    if (!milestone) throw new AppError('not-found');
    await recordEvent(
      trx,
      {
        contractId: contract.id,
        milestoneId: milestone.id,
        action: 'order.cancel_late',
        actorRole: 'client',
        actorId: input.actorId,
        detail: { deliveryDate: order.delivery_date, refund: milestone.escrow },
      },
      now,
    );
    await executeSettlement(
      trx,
      deps,
      {
        contract,
        milestones,
        lines: [{ milestoneId: milestone.id, workerAmount: 0, part: null, refund: milestone.escrow, escrow: milestone.escrow }],
        actor: 'client',
        actorId: input.actorId,
        action: 'terminate',
      },
      now,
    );
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: order.seller_id,
        kind: 'order.cancelled_late',
        params: { title: order.service_title, deliveryDate: order.delivery_date },
        link: `/contracts/${contract.id}`,
      },
      now,
    );
    return { contractId: contract.id };
  });
}
