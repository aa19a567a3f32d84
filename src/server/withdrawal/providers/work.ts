// Task and competition work that keeps a member from leaving. As a worker: submissions
// the client has not judged, and competition entries waiting for the result (each can be
// withdrawn in place). As a client: escrowed money not settled yet — a closed task with
// submissions to judge, a competition being decided, a paid draft.
import { addDaysTo } from '../../../domain/withdrawal/dates';
import type { FollowOn, OpenItem } from '../../../domain/withdrawal/eligibility';
import type { BlockerProvider } from '../registry';

/** Pay for task or competition work goes to the earnings balance, which only a payout request empties. */
export const EARNINGS_FOLLOW_ON: FollowOn = {
  code: 'earnings-balance',
  itemId: 'earnings',
  note: {
    ja: '報酬が支払われると報酬残高に入ります。残高は自動では振り込まれないため、退会の前に振込申請が必要です。',
    en: 'Pay received goes to your earnings balance, which is not paid out by itself: request a payout before leaving.',
  },
};

export const pendingTaskSubmissionsProvider: BlockerProvider = {
  key: 'pendingTaskSubmissions',
  async load(db, userId, _now, periods) {
    const rows = await db
      .selectFrom('task_submissions as s')
      .innerJoin('jobs as j', 'j.id', 's.job_id')
      .leftJoin('job_escrows as e', 'e.job_id', 'j.id')
      .select(['s.id', 'j.id as job_id', 'j.title', 'j.status as job_status', 'j.deadline', 'e.judge_by'])
      .where('s.worker_id', '=', userId)
      .where('s.status', '=', 'pending')
      .orderBy('s.created_at')
      .execute();
    return rows.map((s) => ({
      id: s.id,
      title: s.title,
      link: `/jobs/${s.job_id}`,
      // Judged, or approved by itself at the end of the judging period: once the task has
      // closed, its date; while it is open, at the latest that period after its deadline.
      clearsAt: s.judge_by ?? (s.job_status === 'open' ? addDaysTo(s.deadline, periods.taskAutoApproveDays) : null),
      followedBy: [EARNINGS_FOLLOW_ON],
      resolve: {
        method: 'POST' as const,
        href: `/api/v1/task-submissions/${s.id}/withdraw`,
        label: { ja: '提出を取り下げる', en: 'Withdraw this submission' },
        confirm: {
          ja: '取り下げた提出は元に戻せず、報酬の対象になりません。',
          en: 'A withdrawn submission cannot be restored and will not be paid.',
        },
        done: { ja: '提出を取り下げました。', en: 'Your submission has been withdrawn.' },
      },
    }));
  },
};

export const pendingCompetitionEntriesProvider: BlockerProvider = {
  key: 'pendingCompetitionEntries',
  async load(db, userId, _now, periods) {
    const rows = await db
      .selectFrom('competition_entries as c')
      .innerJoin('jobs as j', 'j.id', 'c.job_id')
      .innerJoin('job_escrows as e', 'e.job_id', 'j.id')
      .select([
        'c.id',
        'c.title as entry_title',
        'j.id as job_id',
        'j.title',
        'j.status as job_status',
        'j.deadline',
        'e.selection_due_at',
      ])
      .where('c.worker_id', '=', userId)
      .where('c.status', '=', 'submitted')
      .where('e.status', '=', 'funded')
      .orderBy('c.created_at')
      .execute();
    return rows.map((c) => ({
      id: c.id,
      title: `${c.title} / ${c.entry_title}`,
      link: `/jobs/${c.job_id}/entries`,
      // Decided by the selection deadline (the prize is shared if nobody is chosen): once
      // entries have closed, its date; while they are open, that period after the deadline.
      clearsAt: c.selection_due_at ?? (c.job_status === 'open' ? addDaysTo(c.deadline, periods.competitionSelectionDays) : null),
      followedBy: [EARNINGS_FOLLOW_ON],
      resolve: {
        method: 'POST' as const,
        href: `/api/v1/entries/${c.id}/withdraw`,
        label: { ja: '作品を取り下げる', en: 'Withdraw this entry' },
        confirm: {
          ja: '取り下げた作品は元に戻せず、選考の対象になりません。',
          en: 'A withdrawn entry cannot be restored and will not be judged.',
        },
        done: { ja: '作品を取り下げました。', en: 'Your entry has been withdrawn.' },
      },
    }));
  },
};

export const workEscrowHeldProvider: BlockerProvider = {
  key: 'workEscrowHeld',
  async load(db, userId) {
    const rows = await db
      .selectFrom('job_escrows as e')
      .innerJoin('jobs as j', 'j.id', 'e.job_id')
      .select((eb) => [
        'j.id',
        'j.title',
        'j.kind',
        'j.status',
        'e.status as escrow_status',
        'e.judge_by',
        'e.selection_due_at',
        eb
          .selectFrom('task_submissions as s')
          .select((x) => x.fn.countAll<number>().as('n'))
          .whereRef('s.job_id', '=', 'j.id')
          .where('s.status', '=', 'pending')
          .as('pending'),
      ])
      .where('e.client_id', '=', userId)
      .where('e.status', 'in', ['funded', 'closed'])
      // An open posting is already the open-jobs blocker.
      .where('j.status', '!=', 'open')
      .orderBy('e.created_at')
      .execute();
    return rows.flatMap((r): OpenItem[] => {
      if (r.status === 'draft') {
        return [
          {
            id: r.id,
            title: `${r.title}(仮払い済み・未公開)`,
            link: `/jobs/${r.id}`,
            resolve: {
              method: 'POST' as const,
              href: `/api/v1/jobs/${r.id}/cancel`,
              label: { ja: '中止して全額返金を受ける', en: 'Cancel it for a full refund' },
              confirm: {
                ja: '中止したタスク・コンペは元に戻せません。仮払い金は全額返金します。',
                en: 'A cancelled task or competition cannot be restored. The escrow is refunded in full.',
              },
              done: {
                ja: '中止して、仮払い金を全額返金しました。',
                en: 'It has been cancelled and the escrow refunded in full.',
              },
            },
          },
        ];
      }
      if (r.kind === 'task' && Number(r.pending) > 0) {
        return [
          {
            id: r.id,
            title: `${r.title}(判定待ちの提出 ${Number(r.pending)}件)`,
            link: `/jobs/${r.id}/submissions`,
            clearsAt: r.judge_by,
          },
        ];
      }
      if (r.kind === 'competition' && r.escrow_status === 'funded' && r.selection_due_at) {
        return [{ id: r.id, title: `${r.title}(採用作品の選定中)`, link: `/jobs/${r.id}/entries`, clearsAt: r.selection_due_at }];
      }
      return [];
    });
  },
};
