// Contracts and money that keep a member from leaving: contracts still running (as
// worker and as client), milestones waiting for escrow, bank transfers waiting for
// confirmation, disputes staff have not settled, and earnings not yet paid out.

import { earningsOf } from '../../../domain/ledger/recipes';
import { PAYOUT_IN_FLIGHT } from '../../../domain/payouts/process';
import type { FollowOn, OpenItem } from '../../../domain/withdrawal/eligibility';
import type { Db } from '../../db/database';
import { balanceOf } from '../../db/repositories/ledger';
import type { BlockerProvider } from '../registry';
import { EARNINGS_FOLLOW_ON } from './work';

/** An unanswered termination proposal goes to staff as a dispute, which only staff end. */
const disputeFollowOn = (contractId: string): FollowOn => ({
  code: 'open-disputes',
  itemId: contractId,
  note: {
    ja: '途中解消の提案に回答期限までに回答がないと、運営事務局が対応するトラブルになり、精算が決まるまで退会できません。',
    en: 'A termination proposal not answered by its deadline goes to staff as a dispute; you can leave once they have settled it.',
  },
});

async function liveContracts(db: Db, userId: string, side: 'client_id' | 'worker_id'): Promise<OpenItem[]> {
  const rows = await db
    .selectFrom('contracts as k')
    .select((eb) => [
      'k.id',
      'k.title',
      // When every milestone left is delivered, the contract finishes by itself at the
      // last auto-acceptance.
      eb
        .selectFrom('milestones as m')
        .select((e) => e.fn.max('m.auto_accept_at').as('at'))
        .whereRef('m.contract_id', '=', 'k.id')
        .as('last_auto_accept'),
      eb
        .selectFrom('milestones as m')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('m.contract_id', '=', 'k.id')
        .where('m.status', 'in', ['unfunded', 'funded'])
        .as('undelivered'),
      eb
        .selectFrom('termination_proposals as p')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('p.contract_id', '=', 'k.id')
        .where('p.status', '=', 'pending')
        .as('terminations'),
    ])
    .where(`k.${side}`, '=', userId)
    .where('k.status', 'in', ['awaiting_escrow', 'in_progress'])
    // A service order's contract is listed as the order (providers/orders.ts).
    .where('k.service_order_id', 'is', null)
    .orderBy('k.created_at')
    .execute();
  return rows.map((k) => {
    // A termination proposal waiting for an answer ends as agreed, refused or escalated
    // to staff: no date of its own.
    const terminating = Number(k.terminations) > 0;
    const followedBy: FollowOn[] = [];
    if (side === 'worker_id') followedBy.push(EARNINGS_FOLLOW_ON);
    if (terminating) followedBy.push(disputeFollowOn(k.id));
    return {
      id: k.id,
      title: k.title,
      link: `/contracts/${k.id}`,
      clearsAt: !terminating && Number(k.undelivered) === 0 && k.last_auto_accept ? new Date(k.last_auto_accept) : null,
      followedBy,
    };
  });
}

export const contractsAsWorkerProvider: BlockerProvider = {
  key: 'liveContractsAsWorker',
  load: (db, userId) => liveContracts(db, userId, 'worker_id'),
};

export const contractsAsClientProvider: BlockerProvider = {
  key: 'liveContractsAsClient',
  load: (db, userId) => liveContracts(db, userId, 'client_id'),
};

export const unfundedMilestonesProvider: BlockerProvider = {
  key: 'unfundedMilestones',
  async load(db, userId) {
    const rows = await db
      .selectFrom('milestones as m')
      .innerJoin('contracts as k', 'k.id', 'm.contract_id')
      .leftJoin('deposits as d', (j) => j.onRef('d.milestone_id', '=', 'm.id').on('d.status', '=', 'pending'))
      .select(['m.id', 'm.title', 'k.id as contract_id', 'k.title as contract_title'])
      .where('k.client_id', '=', userId)
      .where('k.status', 'in', ['awaiting_escrow', 'in_progress'])
      .where('m.status', '=', 'unfunded')
      .where('d.id', 'is', null)
      .orderBy('k.created_at')
      .orderBy('m.position')
      .execute();
    return rows.map((m) => ({ id: m.id, title: `${m.contract_title} / ${m.title}`, link: `/contracts/${m.contract_id}` }));
  },
};

export const pendingDepositsProvider: BlockerProvider = {
  key: 'pendingDeposits',
  async load(db, userId) {
    const rows = await db
      .selectFrom('deposits as d')
      .leftJoin('contracts as k', 'k.id', 'd.contract_id')
      .leftJoin('jobs as j', 'j.id', 'd.job_id')
      .select([
        'd.id',
        'd.amount',
        'd.reference',
        'd.contract_id',
        'd.job_id',
        'k.title as contract_title',
        'j.title as job_title',
      ])
      .where('d.client_id', '=', userId)
      .where('d.status', '=', 'pending')
      .orderBy('d.created_at')
      .execute();
    return rows.map((d) => ({
      id: d.id,
      title: `${d.contract_title ?? d.job_title ?? ''}(¥${d.amount.toLocaleString('ja-JP')}・振込番号 ${d.reference})`,
      link: d.contract_id ? `/contracts/${d.contract_id}` : `/jobs/${d.job_id}`,
      resolve: {
        method: 'POST' as const,
        // A posting's transfer is called off from the posting.
        href: d.contract_id ? `/api/v1/deposits/${d.id}/cancel` : `/api/v1/jobs/${d.job_id}/deposit/cancel`,
        label: { ja: '振込をしない(取り消す)', en: 'Cancel this transfer' },
        confirm: {
          ja: 'この銀行振込による仮払いの手続きを取り消します。すでに振り込んだ場合は取り消さず、運営事務局の入金確認をお待ちください。',
          en: 'This calls off the escrow by bank transfer. If you have already sent the money, do not cancel: wait for staff to confirm the deposit.',
        },
        done: { ja: '銀行振込の仮払いを取り消しました。', en: 'The escrow by bank transfer has been cancelled.' },
      },
    }));
  },
};

export const openDisputesProvider: BlockerProvider = {
  key: 'openDisputes',
  async load(db, userId) {
    const rows = await db
      .selectFrom('disputes as d')
      .innerJoin('contracts as k', 'k.id', 'd.contract_id')
      .select(['d.id', 'k.id as contract_id', 'k.title'])
      .where('d.status', '=', 'open')
      .where((eb) => eb.or([eb('k.client_id', '=', userId), eb('k.worker_id', '=', userId)]))
      .execute();
    // One open dispute per contract: the item is known by its contract, the id a
    // contract's termination proposal announces it under.
    return rows.map((d) => ({ id: d.contract_id, title: d.title, link: `/contracts/${d.contract_id}` }));
  },
};

export const earningsProvider: BlockerProvider = {
  key: 'earningsBalance',
  async load(db, userId) {
    const balance = await balanceOf(db, earningsOf(userId));
    if (balance <= 0) return [];
    return [{ id: 'earnings', title: `報酬残高 ¥${balance.toLocaleString('ja-JP')}`, link: '/mypage/payouts?final=1' }];
  },
};

/** Payout requests not yet transferred, each expected on its transfer date. */
export const payoutsInFlightProvider: BlockerProvider = {
  key: 'payoutsInFlight',
  async load(db, userId) {
    const rows = await db
      .selectFrom('payout_requests')
      .select(['id', 'net', 'scheduled_date'])
      .where('user_id', '=', userId)
      .where('status', 'in', PAYOUT_IN_FLIGHT)
      .orderBy('scheduled_date')
      .execute();
    return rows.map((p) => ({
      id: p.id,
      title: `振込予定日 ${p.scheduled_date}(¥${p.net.toLocaleString('ja-JP')})`,
      link: '/mypage/payouts',
      // Not a timer: the item clears when staff mark the transfer made, expected during
      // the business day of its date; a failed transfer returns the money to the balance.
      clearsAt: null,
      expectedAt: new Date(`${p.scheduled_date}T15:00:00+09:00`),
      followedBy: [
        {
          code: 'earnings-balance',
          itemId: 'earnings',
          note: {
            ja: '振込ができなかったときは、報酬残高に戻ります。',
            en: 'If the transfer fails, the money returns to your earnings balance.',
          },
        },
      ],
    }));
  },
};
