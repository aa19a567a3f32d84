// A worker's task submissions and competition entries with where each stands, for My page.
import type { z } from 'zod';
import type { MyWork } from '../../../shared/api/work';
import type { Db } from '../../db/database';

type Result = z.infer<typeof MyWork>;

export async function listMyWork(db: Db, userId: string): Promise<Result> {
  const [submissions, entries, rewards] = await Promise.all([
    mySubmissions(db, userId),
    myEntries(db, userId),
    db
      .selectFrom('work_rewards')
      .select(['job_id', 'worker_net'])
      .where('worker_id', '=', userId)
      .where('kind', 'in', ['prize', 'share'])
      .execute(),
  ]);
  return {
    submissions: submissions.map((s) => ({
      id: s.id,
      job: { id: s.job_id, title: s.title, status: s.job_status },
      status: s.status,
      rejectReason: s.reject_reason,
      decidedBy: s.decided_by,
      createdAt: s.created_at.toISOString(),
      workerNet: s.worker_net ?? 0,
      judgeBy: s.status === 'pending' ? (s.judge_by?.toISOString() ?? null) : null,
    })),
    entries: entries.map((c) => {
      const received = rewards.filter((r) => r.job_id === c.job_id).reduce((sum, r) => sum + r.worker_net, 0);
      const result = entryResult(c, received);
      return {
        id: c.id,
        title: c.entry_title,
        job: { id: c.job_id, title: c.title, status: c.job_status },
        status: c.status,
        createdAt: c.created_at.toISOString(),
        result,
        selectionDueAt: c.selection_due_at?.toISOString() ?? null,
        received: result === 'won' || result === 'shared' ? received : 0,
      };
    }),
  };
}

/** The worker's latest task submissions with their posting and its escrow. */
function mySubmissions(db: Db, userId: string) {
  return db
    .selectFrom('task_submissions as s')
    .innerJoin('jobs as j', 'j.id', 's.job_id')
    .leftJoin('job_escrows as e', 'e.job_id', 'j.id')
    .select([
      's.id',
      's.status',
      's.reject_reason',
      's.decided_by',
      's.created_at',
      'j.id as job_id',
      'j.title',
      'j.status as job_status',
      'e.worker_net',
      'e.judge_by',
    ])
    .where('s.worker_id', '=', userId)
    .orderBy('s.created_at', 'desc')
    .limit(200)
    .execute();
}

/** The worker's latest competition entries with their posting and its outcome. */
function myEntries(db: Db, userId: string) {
  return db
    .selectFrom('competition_entries as c')
    .innerJoin('jobs as j', 'j.id', 'c.job_id')
    .leftJoin('job_escrows as e', 'e.job_id', 'j.id')
    .select([
      'c.id',
      'c.title as entry_title',
      'c.status',
      'c.created_at',
      'j.id as job_id',
      'j.title',
      'j.status as job_status',
      'e.outcome',
      'e.winner_entry_id',
      'e.selection_due_at',
    ])
    .where('c.worker_id', '=', userId)
    .orderBy('c.created_at', 'desc')
    .limit(200)
    .execute();
}

type EntryRow = Awaited<ReturnType<typeof myEntries>>[number];

/** Where an entry stands: a shared prize counts as won only for those who received a part. */
function entryResult(c: EntryRow, received: number): Result['entries'][number]['result'] {
  if (c.outcome === null) return 'pending';
  if (c.outcome === 'winner') return c.winner_entry_id === c.id ? 'won' : 'lost';
  if (c.outcome === 'shared') return received > 0 ? 'shared' : 'lost';
  return 'no_winner';
}
