// An order (取引) ended early is settled by the service fees: with service rates that
// differ from the project rates, the seller's part, the proposal's preview, the payment
// notice and the ledger all follow the service split, never the project split.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { expectLedgerWhole, type Party } from '../../../../test/contracts';
import { loggedInUser } from '../../../../test/factories';
import { buy, createService } from '../../../../test/orders';
import { DEFAULT_FEES, splitMilestone } from '../../../domain/money/fees';
import { splitServiceOrder } from '../../../domain/orders/money';
import { balanceOf } from '../../db/repositories/ledger';

// Service sellers pay 10% + tax, buyers 3% + tax; projects keep the defaults (20%, 5%).
const fees = { ...DEFAULT_FEES, serviceSellerTiers: [{ upTo: null, rate: 100_000 }], serviceBuyerRate: 30_000 };

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ fees });
});
afterAll(async () => {
  await t?.close();
});
afterEach(async () => {
  await expectLedgerWhole(t.database.db);
});

const db = () => t.database.db;
const idOf = async (username: string) =>
  (await db().selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

describe('an order ended early (途中解消)', () => {
  it('pays the seller the agreed part split by the service fees and refunds the rest', async () => {
    const seller: Party = await loggedInUser(t);
    const buyer: Party = await loggedInUser(t);
    const sellerId = await idOf(seller.user.username);
    const service = await createService(db(), sellerId, { packages: [{ name: 'ベーシック', price: 11_000, deliveryDays: 5 }] });
    const order = await buy(buyer.client, service);
    expect(order.statusCode, order.body).toBe(201);
    const { contractId } = order.json();
    const contract = (await seller.client.get(`/api/v1/contracts/${contractId}`)).json();
    const milestoneId: string = contract.milestones[0].id;
    const own = splitServiceOrder(11_000, fees);
    expect(contract.milestones[0].money).toMatchObject({ escrow: own.escrow, workerNet: own.workerNet });

    // Half the work: ¥5,000 before tax, ¥5,500 tax included.
    const proposed = await seller.client.post(`/api/v1/contracts/${contractId}/termination`, {
      reason: '途中までの納品で終了させてください',
      settlement: [{ milestoneId, workerAmount: 5_000 }],
    });
    expect(proposed.statusCode, proposed.body).toBe(200);
    const part = splitServiceOrder(5_500, fees);
    const project = splitMilestone(5_000, { withholding: false, fees });
    expect(part.workerNet).not.toBe(project.workerNet);
    expect(proposed.json().termination.settlement).toEqual([
      { milestoneId, workerAmount: 5_000, workerNet: part.workerNet, refund: own.escrow - part.escrow },
    ]);

    const world = await balanceOf(db(), 'world');
    const answered = await buyer.client.post(`/api/v1/contracts/${contractId}/termination/answer`, { agree: true });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'terminated', milestones: [{ status: 'settled' }] });
    // 10% + tax of ¥5,500 = ¥605 from the seller; the buyer's 3% + tax on the part is kept.
    expect(part).toMatchObject({ workerFee: 550, workerFeeTax: 55, workerNet: 4_895, clientFee: 165, clientFeeTax: 16 });
    expect(await balanceOf(db(), `earnings:${sellerId}`)).toBe(part.workerNet);
    expect(await balanceOf(db(), `escrow:${milestoneId}`)).toBe(0);
    expect(await balanceOf(db(), 'world')).toBe(world + own.escrow - part.escrow);

    const notice = (await seller.client.get(`/api/v1/contracts/${contractId}/payment-notice`)).json();
    expect(notice.lines).toMatchObject([{ kind: 'settled', fee: 550, feeTax: 55, withholding: 0, total: part.workerNet }]);
    const receipt = (await buyer.client.get(`/api/v1/contracts/${contractId}/receipt`)).json();
    expect(receipt.total).toBe(part.escrow);
  });
});
