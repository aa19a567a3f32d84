// Reviews of services through HTTP: the buyer's review of an order is the service's
// review; the seller answers it once after it is revealed; the service page, its list of
// reviews and search show the same figures; a withdrawn seller's answers are erased.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { DAY } from '../../../../test/clock';
import { expectLedgerWhole, type Party } from '../../../../test/contracts';
import { loggedInUser } from '../../../../test/factories';
import { buy, createService, type TestService } from '../../../../test/orders';
import { lockAccountForWithdrawal } from '../../db/account-lock';
import { inTransaction } from '../../db/transaction';
import { performWithdrawal } from '../../withdrawal/perform';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});
afterEach(async () => {
  await expectLedgerWhole(t.database.db);
  t.clock.set('2026-04-01T00:00:00Z');
});

const db = () => t.database.db;
const idOf = async (username: string) =>
  (await db().selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

const scores = (n: number) => ({ skill: n, quality: n, schedule: n, communication: n, partnership: n });

/** A seller's published service with its title made unique, so search finds it alone. */
async function market(word: string) {
  const seller: Party = await loggedInUser(t);
  const service = await createService(db(), await idOf(seller.user.username), { title: `${word}の翻訳サービス` });
  return { seller, service };
}

/** A buyer buys and accepts an order of the service; returns the order's contract id. */
async function completedOrder(service: TestService, seller: Party, buyer?: Party) {
  const who = buyer ?? (await loggedInUser(t));
  const order = await buy(who.client, service);
  expect(order.statusCode, order.body).toBe(201);
  const contractId: string = order.json().contractId;
  const contract = (await seller.client.get(`/api/v1/contracts/${contractId}`)).json();
  const milestoneId = contract.milestones[0].id;
  expect((await seller.client.post(`/api/v1/milestones/${milestoneId}/deliver`, { message: '納品します。' })).statusCode).toBe(
    200,
  );
  const accepted = await who.client.post(`/api/v1/milestones/${milestoneId}/accept`, {});
  expect(accepted.statusCode, accepted.body).toBe(200);
  return { buyer: who, contractId };
}

async function review(party: Party, contractId: string, n: number, comment = '') {
  const res = await party.client.post(`/api/v1/contracts/${contractId}/review`, { ...scores(n), comment });
  expect(res.statusCode, res.body).toBeLessThan(300);
}

/** The buyer's review id on the contract, as the seller's contract page shows it. */
async function buyerReviewId(contractId: string) {
  return (
    await db()
      .selectFrom('reviews')
      .select('id')
      .where('contract_id', '=', contractId)
      .where('reviewer_role', '=', 'client')
      .executeTakeFirstOrThrow()
  ).id;
}

describe('the seller answers a review of the service', () => {
  it('once, after it is revealed; the contract page offers it exactly then', async () => {
    const { seller, service } = await market('返信');
    const { buyer, contractId } = await completedOrder(service, seller);
    await review(buyer, contractId, 4, '丁寧でした。');
    const reviewId = await buyerReviewId(contractId);
    const answer = (body: Record<string, unknown>, who = seller) => who.client.post(`/api/v1/reviews/${reviewId}/answer`, body);

    // Not revealed yet: only the buyer has written.
    let page = (await seller.client.get(`/api/v1/contracts/${contractId}`)).json();
    expect(page.reviews).toMatchObject({ revealed: false, theirs: null, canAnswer: false });
    let res = await answer({ answer: 'ありがとうございます。' });
    expect({ status: res.statusCode, code: res.json().code }).toEqual({ status: 409, code: 'review-answer-not-revealed' });

    await review(seller, contractId, 5);
    page = (await seller.client.get(`/api/v1/contracts/${contractId}`)).json();
    expect(page.reviews).toMatchObject({ revealed: true, canAnswer: true, theirs: { comment: '丁寧でした。', answer: null } });
    expect((await buyer.client.get(`/api/v1/contracts/${contractId}`)).json().reviews.canAnswer).toBe(false);

    // Bad input: nothing stored.
    for (const body of [
      {},
      { answer: '' },
      { answer: '   ' },
      { answer: 'あ'.repeat(1001) },
      { answer: 5 },
      { answer: 'x', extra: 1 },
    ]) {
      res = await answer(body);
      expect({ status: res.statusCode, code: res.json().code }, JSON.stringify(body)).toEqual({
        status: 400,
        code: 'validation-failed',
      });
    }
    // The buyer and another member may not answer.
    res = await answer({ answer: '自分で返信' }, buyer);
    expect({ status: res.statusCode, code: res.json().code }).toEqual({ status: 403, code: 'review-answer-not-seller' });
    const stranger = await loggedInUser(t);
    res = await answer({ answer: '横から' }, stranger);
    expect({ status: res.statusCode, code: res.json().code }).toEqual({ status: 403, code: 'review-answer-not-seller' });
    // Unknown or malformed ids name nothing.
    res = await seller.client.post('/api/v1/reviews/00000000-0000-4000-8000-000000000000/answer', { answer: 'x' });
    expect(res.statusCode).toBe(404);
    expect((await seller.client.post('/api/v1/reviews/not-a-uuid/answer', { answer: 'x' })).statusCode).toBe(404);

    res = await answer({ answer: '  ありがとうございます。\r\nまたお願いします。  ' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ text: 'ありがとうございます。\nまたお願いします。', createdAt: t.clock().toISOString() });
    res = await answer({ answer: '書き直し' });
    expect({ status: res.statusCode, code: res.json().code }).toEqual({ status: 409, code: 'review-answer-exists' });
    // The reviewer is told once, with a link to the order's page; nobody else is.
    const answered = await db()
      .selectFrom('notifications')
      .select(['user_id', 'title', 'link'])
      .where('kind', '=', 'review.answered')
      .where('link', '=', `/contracts/${contractId}`)
      .execute();
    expect(answered).toEqual([
      {
        user_id: await idOf(buyer.user.username),
        title: expect.stringContaining('出品者から返信'),
        link: `/contracts/${contractId}`,
      },
    ]);

    page = (await buyer.client.get(`/api/v1/contracts/${contractId}`)).json();
    expect(page.reviews.mine.answer).toEqual({
      text: 'ありがとうございます。\nまたお願いします。',
      createdAt: t.clock().toISOString(),
    });
    expect((await seller.client.get(`/api/v1/contracts/${contractId}`)).json().reviews.canAnswer).toBe(false);
  });

  it('the seller’s review of the buyer has no answer', async () => {
    const { seller, service } = await market('逆方向');
    const { buyer, contractId } = await completedOrder(service, seller);
    await review(buyer, contractId, 5);
    await review(seller, contractId, 5);
    const sellerReview = await db()
      .selectFrom('reviews')
      .select('id')
      .where('contract_id', '=', contractId)
      .where('reviewer_role', '=', 'worker')
      .executeTakeFirstOrThrow();
    const res = await buyer.client.post(`/api/v1/reviews/${sellerReview.id}/answer`, { answer: '返信' });
    expect({ status: res.statusCode, code: res.json().code }).toEqual({ status: 403, code: 'review-answer-not-seller' });
  });
});

describe('the service’s rating and reviews', () => {
  it('come from revealed buyer reviews only, on the page, the list, the rating filter and sort', async () => {
    const { seller, service } = await market('評価集計');
    const first = await completedOrder(service, seller);
    const second = await completedOrder(service, seller);
    const third = await completedOrder(service, seller);
    const detail = async () => (await (await t.client()).get(`/api/v1/services/${service.id}`)).json();
    expect((await detail()).rating).toEqual({ average: null, count: 0 });

    await review(first.buyer, first.contractId, 5, 'とても良かったです。');
    // One side only: not revealed, not counted.
    expect((await detail()).rating).toEqual({ average: null, count: 0 });
    await review(seller, first.contractId, 2, '購入者への評価');
    expect((await detail()).rating).toEqual({ average: 5, count: 1 });

    t.clock.advance(DAY);
    await review(second.buyer, second.contractId, 3);
    await review(seller, second.contractId, 5);
    // The third buyer writes later; the review period passes and reveals it alone.
    t.clock.advance(60_000);
    await review(third.buyer, third.contractId, 4);
    t.clock.advance((t.config.reviewRevealDays + 1) * DAY);
    await t.runTasks();
    expect((await detail()).rating).toEqual({ average: 4, count: 3 });

    const anon = await t.client();
    const list = (await anon.get(`/api/v1/services/${service.id}/reviews`)).json();
    expect(list).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    // Newest first; the seller's review of a buyer is never listed.
    expect(list.items.map((r: { score: number }) => r.score)).toEqual([4, 3, 5]);
    expect(list.items[2]).toMatchObject({
      comment: 'とても良かったです。',
      skill: 5,
      buyer: { displayName: first.buyer.user.displayName, withdrawn: false },
      packageName: service.packages[0]?.name,
      answer: null,
    });
    expect(JSON.stringify(list)).not.toContain('購入者への評価');
    expect((await anon.get(`/api/v1/services/${service.id}/reviews?page=2`)).json().items).toEqual([]);
    for (const q of ['page=0', 'page=x', 'page=1001', 'other=1']) {
      const res = await anon.get(`/api/v1/services/${service.id}/reviews?${q}`);
      expect({ status: res.statusCode, code: res.json().code }, q).toEqual({ status: 400, code: 'validation-failed' });
    }
    expect((await anon.get('/api/v1/services/00000000-0000-4000-8000-000000000000/reviews')).statusCode).toBe(404);

    // Search filters and sorts on the same figures.
    const search = async (q: string) =>
      (await anon.get(`/api/v1/services?${q}`))
        .json()
        .items.map((s: { id: string; rating: unknown }) => ({ id: s.id, rating: s.rating }));
    expect(await search('minRating=4')).toContainEqual({ id: service.id, rating: { average: 4, count: 3 } });
    expect((await search('minRating=4.1')).map((s: { id: string }) => s.id)).not.toContain(service.id);
    const other = await market('評価集計別');
    const best = await completedOrder(other.service, other.seller);
    await review(best.buyer, best.contractId, 5);
    await review(other.seller, best.contractId, 5);
    const sorted = (await search('sort=rating')).map((s: { id: string }) => s.id);
    expect(sorted.indexOf(other.service.id)).toBeGreaterThanOrEqual(0);
    expect(sorted.indexOf(other.service.id)).toBeLessThan(sorted.indexOf(service.id));
  });

  it('a withdrawn buyer shows as a withdrawn user; a withdrawn seller’s answers are erased', async () => {
    const { seller, service } = await market('退会');
    const { buyer, contractId } = await completedOrder(service, seller);
    await review(buyer, contractId, 4, '助かりました。');
    await review(seller, contractId, 4);
    const reviewId = await buyerReviewId(contractId);
    expect((await seller.client.post(`/api/v1/reviews/${reviewId}/answer`, { answer: '出品者の返信です。' })).statusCode).toBe(
      200,
    );

    const gone = await buyer.client.post('/api/v1/me/withdrawal', {
      reasons: ['other'],
      otherReason: '使わなくなったため',
      password: buyer.user.password,
      eraseNow: true,
    });
    expect(gone.statusCode, gone.body).toBeLessThan(300);
    let list = (await (await t.client({ lang: 'ja' })).get(`/api/v1/services/${service.id}/reviews`)).json();
    expect(list.items[0]).toMatchObject({
      comment: '助かりました。',
      buyer: { displayName: '退会済みユーザー', withdrawn: true },
      answer: { text: '出品者の返信です。' },
    });

    // The seller leaves (their earnings aside): their answers go with their other words.
    const sellerId = await idOf(seller.user.username);
    const deps = t.app.deps;
    await inTransaction(deps.db, async (trx) => {
      const locked = await lockAccountForWithdrawal(trx, sellerId);
      await performWithdrawal(trx, deps, locked, { reasons: ['other'], otherReason: '', eraseNow: true }, t.clock());
    });
    const row = await db()
      .selectFrom('reviews')
      .select(['answer', 'answered_at', 'comment'])
      .where('id', '=', reviewId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ answer: null, answered_at: null, comment: '助かりました。' });
    list = (await (await t.client()).get(`/api/v1/services/${service.id}/reviews`)).json();
    expect(list.code).toBe('not-found');
  });
});
