// Payout requests (振込申請) from the earnings balance: a minimum and a fee (none for the
// final payout before leaving), a transfer date on a bank business day shown before
// confirming, and the destination copied (sealed) into the request. Money moves by ledger
// postings in the same transaction: earnings → payout on request; payout → outside world
// (and the fee to the platform) when staff mark it transferred; back to earnings if the
// transfer failed.

import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { AppError } from '../../domain/errors';
import { earningsOf, payoutFailed, payoutOf, payoutPaid, requestPayout } from '../../domain/ledger/recipes';
import { maskAccountNumber } from '../../domain/payouts/bank-account';
import { checkBatchDate, japanDate, payoutDate, transferDateReached } from '../../domain/payouts/schedule';
import { removeFiles } from '../attachments/attachments';
import { lockAccountRow, lockActiveAccount } from '../db/account-lock';
import type { Db } from '../db/database';
import { recordAudit } from '../db/repositories/audit';
import { balanceOf, openAccounts, postTransaction } from '../db/repositories/ledger';
import type { PayoutRequestsTable } from '../db/schema';
import { inTransaction } from '../db/transaction';
import type { Deps } from '../deps';
import { findBank, findBranch } from '../integrations/banks/directory';
import { notify } from '../notifications/notify';
import { seal, unseal } from '../security/vault';
import { assertNotParty } from './staff-conflicts';
import { continueScheduledWithdrawal } from './withdraw-account';

type PayoutRow = Selectable<PayoutRequestsTable>;

function presentPayout(r: PayoutRow) {
  return {
    id: r.id,
    amount: r.amount,
    fee: r.fee,
    net: r.net,
    final: r.final,
    status: r.status,
    scheduledDate: r.scheduled_date,
    // Named from the bank list by the codes the request keeps: public names, so they stay
    // after the member has left or changed the account (a code only if the list lost it).
    bank: {
      bankName: findBank(r.bank_code)?.name ?? r.bank_code,
      branchName: findBranch(r.bank_code, r.branch_code)?.name ?? r.branch_code,
      numberMasked: maskAccountNumber(`0000${r.number_hint}`),
    },
    failureReason: r.failure_reason,
    requestedAt: r.requested_at.toISOString(),
    paidAt: r.paid_at?.toISOString() ?? null,
    failedAt: r.failed_at?.toISOString() ?? null,
  };
}

function payoutQuery(db: Db) {
  return db.selectFrom('payout_requests as p').selectAll('p');
}

export async function myPayouts(deps: Deps, userId: string) {
  const [items, balance, bank] = await Promise.all([
    payoutQuery(deps.db).where('p.user_id', '=', userId).orderBy('p.requested_at', 'desc').limit(100).execute(),
    balanceOf(deps.db, earningsOf(userId)),
    deps.db.selectFrom('bank_accounts').select('user_id').where('user_id', '=', userId).executeTakeFirst(),
  ]);
  return {
    balance,
    minimum: deps.config.payoutMinimum,
    fee: deps.config.payoutFee,
    nextScheduledDate: payoutDate(deps.clock()),
    hasBankAccount: Boolean(bank),
    items: items.map((r) => presentPayout(r)),
  };
}

export async function createPayoutRequest(deps: Deps, input: { userId: string; amount: number; final: boolean }) {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    // A payout in flight blocks withdrawal: the member must not be leaving.
    await lockActiveAccount(trx, input.userId);
    const bank = await trx.selectFrom('bank_accounts').selectAll().where('user_id', '=', input.userId).executeTakeFirst();
    if (!bank) throw new AppError('bank-account-required');
    // One request at a time per member: the balance read below cannot go stale.
    const earnings = await trx
      .selectFrom('ledger_accounts')
      .select('balance')
      .where('id', '=', earningsOf(input.userId))
      .forUpdate()
      .executeTakeFirst();
    const balance = Number(earnings?.balance ?? 0);
    const fee = input.final ? 0 : deps.config.payoutFee;
    if (input.final && input.amount !== balance) throw AppError.field('/amount', 'payout-final-must-be-whole', { balance });
    if (input.amount > balance) throw AppError.field('/amount', 'payout-exceeds-balance', { balance });
    if (!input.final && input.amount < deps.config.payoutMinimum)
      throw AppError.field('/amount', 'payout-below-minimum', { min: deps.config.payoutMinimum });
    if (input.amount <= fee) throw AppError.field('/amount', 'payout-fee-exceeds', { fee });
    const id = randomUUID();
    const inside = unseal<{ number: string; holderName: string }>(deps.config.secret, bank.sealed, 'bank-account-v1');
    const scheduledDate = payoutDate(now);
    await trx
      .insertInto('payout_requests')
      .values({
        id,
        user_id: input.userId,
        amount: input.amount,
        fee,
        net: input.amount - fee,
        final: input.final,
        scheduled_date: scheduledDate,
        bank_code: bank.bank_code,
        branch_code: bank.branch_code,
        account_type: bank.account_type,
        number_hint: bank.number_hint,
        sealed: seal(deps.config.secret, inside, 'bank-account-v1'),
        requested_at: now,
      })
      .execute();
    await openAccounts(trx, [payoutOf(id)], now);
    await postTransaction(trx, requestPayout(id, input.userId, input.amount), { kind: 'payout_request' }, now);
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: input.userId,
        kind: 'payout.requested',
        title: `振込申請を受け付けました(振込予定日 ${scheduledDate})`,
        body: `振込額 ¥${(input.amount - fee).toLocaleString('ja-JP')}(申請額 ¥${input.amount.toLocaleString('ja-JP')}、振込手数料 ¥${fee.toLocaleString('ja-JP')})を ${bank.bank_name} ${bank.branch_name} の口座へ振り込みます。`,
        link: '/mypage/payouts',
      },
      now,
    );
    const row = await payoutQuery(trx).where('p.id', '=', id).executeTakeFirstOrThrow();
    return presentPayout(row);
  });
}

// ── staff (finance) ─────────────────────────────────────────────────────────

function staffPayoutQuery(db: Db) {
  return payoutQuery(db).innerJoin('users as u', 'u.id', 'p.user_id').select(['u.username']);
}

function presentStaffPayout(r: PayoutRow & { username: string }) {
  return { ...presentPayout(r), user: { username: r.username }, batchId: r.batch_id };
}

export async function listStaffPayouts(deps: Deps, status: PayoutRow['status'] | 'all') {
  let q = staffPayoutQuery(deps.db);
  if (status !== 'all') q = q.where('p.status', '=', status);
  const rows = await q.orderBy('p.scheduled_date').orderBy('p.number').limit(1000).execute();
  return rows.map((r) => presentStaffPayout(r));
}

export async function getBatch(deps: Deps, batchId: string) {
  const batch = await deps.db.selectFrom('payout_batches').selectAll().where('id', '=', batchId).executeTakeFirst();
  if (!batch) throw new AppError('not-found');
  const rows = await staffPayoutQuery(deps.db).where('p.batch_id', '=', batchId).orderBy('p.number').execute();
  const items = rows.map((r) => presentStaffPayout(r));
  return {
    id: batch.id,
    paymentDate: batch.payment_date,
    count: items.length,
    total: items.reduce((s, i) => s + i.net, 0),
    createdAt: batch.created_at.toISOString(),
    open: items.filter((i) => i.status === 'batched').length,
    items,
  };
}

/** Every batch with its count, total and open transfers, in one query. */
export async function listBatches(deps: Deps) {
  const rows = await deps.db
    .selectFrom('payout_batches as b')
    .leftJoin('payout_requests as p', 'p.batch_id', 'b.id')
    .select((eb) => [
      'b.id',
      'b.payment_date',
      'b.created_at',
      eb.fn.count<number>('p.id').as('count'),
      eb.fn.coalesce(eb.fn.sum<number>('p.net'), eb.val(0)).as('total'),
      eb.fn.count<number>('p.id').filterWhere('p.status', '=', 'batched').as('open'),
    ])
    .groupBy(['b.id', 'b.payment_date', 'b.created_at'])
    .orderBy('b.created_at', 'desc')
    .limit(100)
    .execute();
  return rows.map((b) => ({
    id: b.id,
    paymentDate: b.payment_date,
    count: Number(b.count),
    total: Number(b.total),
    createdAt: b.created_at.toISOString(),
    open: Number(b.open),
  }));
}

/**
 * Puts every request due by `paymentDate` into one new batch. Two staff members running
 * it at once make one batch: the runs take the same advisory lock, and a request joins a
 * batch only by a compare-and-set from 'requested'. The date keeps every promise
 * (checkBatchDate): a bank business day, not past, not after a request's promised date.
 */
export async function buildBatch(deps: Deps, input: { staffId: string; paymentDate: string }): Promise<string> {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    await trx.selectNoFrom((eb) => eb.fn('pg_advisory_xact_lock', [eb.val(7_201_301)]).as('locked')).execute();
    const due = await trx
      .selectFrom('payout_requests')
      .select(['id', 'user_id', 'scheduled_date'])
      .where('status', '=', 'requested')
      .where('scheduled_date', '<=', input.paymentDate)
      .orderBy('number')
      .forUpdate()
      .execute();
    const refusal = checkBatchDate(
      input.paymentDate,
      japanDate(now),
      due.map((d) => d.scheduled_date),
    );
    if (refusal) {
      const { code, ...extensions } = refusal;
      throw new AppError(code, extensions);
    }
    if (due.length === 0) throw new AppError('payout-batch-empty');
    assertNotParty(
      input.staffId,
      due.map((d) => d.user_id),
    );
    const batch = await trx
      .insertInto('payout_batches')
      .values({ payment_date: input.paymentDate, created_by: input.staffId, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('payout_requests')
      .set({ status: 'batched', batch_id: batch.id, batched_at: now })
      .where(
        'id',
        'in',
        due.map((d) => d.id),
      )
      .where('status', '=', 'requested')
      .execute();
    await recordAudit(trx, {
      actorUserId: input.staffId,
      action: 'payout.batch',
      subjectType: 'payout_batch',
      subjectId: batch.id,
      data: { paymentDate: input.paymentDate, count: due.length },
      now,
    });
    return batch.id;
  });
}

/** Marks one transfer done or failed (staff), moving the money accordingly. Idempotent by state. */
export async function settlePayout(
  deps: Deps,
  input: { staffId: string; payoutId: string; outcome: 'paid' | 'failed'; reason?: string },
): Promise<void> {
  const now = deps.clock();
  const fileKeys = await inTransaction(deps.db, async (trx) => {
    // The member's account first, then the transfer (the order every change to a member's
    // transfers or scheduled withdrawal takes): two staff settling one member's transfers,
    // or staff and the member cancelling the scheduled withdrawal, run one after another.
    const owner = await trx.selectFrom('payout_requests').select('user_id').where('id', '=', input.payoutId).executeTakeFirst();
    if (!owner) throw new AppError('not-found');
    await lockAccountRow(trx, owner.user_id);
    const payout = await trx
      .selectFrom('payout_requests')
      .selectAll()
      .where('id', '=', input.payoutId)
      .forUpdate()
      .executeTakeFirst();
    if (!payout) throw new AppError('not-found');
    assertNotParty(input.staffId, [payout.user_id]);
    if (payout.status !== 'batched') throw new AppError('payout-transition-invalid');
    const failed = input.outcome === 'failed';
    // A transfer is made on its batch's date: it cannot be done before (a failure the bank
    // reports early can be recorded at any time).
    if (!failed && payout.batch_id) {
      const batch = await trx
        .selectFrom('payout_batches')
        .select('payment_date')
        .where('id', '=', payout.batch_id)
        .executeTakeFirstOrThrow();
      if (!transferDateReached(batch.payment_date, now)) {
        throw new AppError('payout-before-transfer-date', { transferDate: batch.payment_date });
      }
    }
    await trx
      .updateTable('payout_requests')
      .set(failed ? { status: 'failed', failed_at: now, failure_reason: input.reason ?? null } : { status: 'paid', paid_at: now })
      .where('id', '=', payout.id)
      .where('status', '=', 'batched')
      .execute();
    await postTransaction(
      trx,
      failed ? payoutFailed(payout.id, payout.user_id, payout.amount) : payoutPaid(payout.id, payout.net, payout.fee),
      { kind: failed ? 'payout_failed' : 'payout_paid' },
      now,
    );
    await recordAudit(trx, {
      actorUserId: input.staffId,
      action: failed ? 'payout.failed' : 'payout.paid',
      subjectType: 'payout_request',
      subjectId: payout.id,
      data: { amount: payout.amount, net: payout.net, ...(failed ? { reason: input.reason } : {}) },
      now,
    });
    await notify(
      trx,
      deps.config.publicUrl,
      failed
        ? {
            userId: payout.user_id,
            kind: 'payout.failed',
            title: '振込ができませんでした',
            body: `理由: ${input.reason ?? ''}\n申請額 ¥${payout.amount.toLocaleString('ja-JP')} は報酬残高に戻しました。振込先口座を確認して、もう一度振込申請をしてください。`,
            link: '/mypage/payouts',
          }
        : {
            userId: payout.user_id,
            kind: 'payout.paid',
            title: `¥${payout.net.toLocaleString('ja-JP')} を振り込みました`,
            body: '振込申請の振込が完了しました。口座の入金をご確認ください。',
            link: '/mypage/payouts',
          },
      now,
    );
    // A scheduled withdrawal (予約退会) waits for this: complete it or cancel it here.
    return continueScheduledWithdrawal(trx, deps, payout.user_id, failed, now, {
      net: payout.net,
      numberHint: payout.number_hint,
    });
  });
  await removeFiles(deps, fileKeys);
}

export async function getStaffPayout(deps: Deps, payoutId: string) {
  const row = await staffPayoutQuery(deps.db).where('p.id', '=', payoutId).executeTakeFirst();
  if (!row) throw new AppError('not-found');
  return presentStaffPayout(row);
}
