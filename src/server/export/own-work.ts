// The export's own-work sections: the member's contracts (with what exportContracts adds
// to each), task submissions, competition entries and earnings balance.
import type { Db } from '../db/database';

/** The contracts; `details` adds each contract's milestones, events and documents. */
export async function exportOwnWork<D extends object>(db: Db, userId: string, details: (contractId: string) => D) {
  const contracts = await db
    .selectFrom('contracts')
    .select(['id', 'title', 'status', 'client_id', 'created_at', 'ended_at'])
    .where((eb) => eb.or([eb('client_id', '=', userId), eb('worker_id', '=', userId)]))
    .orderBy('created_at')
    .execute();
  const submissions = await db
    .selectFrom('task_submissions as s')
    .innerJoin('jobs as j', 'j.id', 's.job_id')
    .select(['s.id', 'j.title', 's.body', 's.status', 's.reject_reason', 's.created_at'])
    .where('s.worker_id', '=', userId)
    .orderBy('s.created_at')
    .execute();
  const entries = await db
    .selectFrom('competition_entries as c')
    .innerJoin('jobs as j', 'j.id', 'c.job_id')
    .select(['c.id', 'j.title as job_title', 'c.title', 'c.description', 'c.status', 'c.created_at'])
    .where('c.worker_id', '=', userId)
    .orderBy('c.created_at')
    .execute();
  const earnings = await db
    .selectFrom('ledger_accounts')
    .select('balance')
    .where('id', '=', `earnings:${userId}`)
    .executeTakeFirst();
  return {
    contracts: contracts.map((c) => ({
      id: c.id,
      title: c.title,
      role: c.client_id === userId ? 'client' : 'worker',
      status: c.status,
      createdAt: c.created_at.toISOString(),
      endedAt: c.ended_at?.toISOString() ?? null,
      ...details(c.id),
    })),
    taskSubmissions: submissions.map((x) => ({
      id: x.id,
      job: x.title,
      body: x.body,
      status: x.status,
      rejectReason: x.reject_reason,
      createdAt: x.created_at.toISOString(),
    })),
    competitionEntries: entries.map((x) => ({
      id: x.id,
      job: x.job_title,
      title: x.title,
      description: x.description,
      status: x.status,
      createdAt: x.created_at.toISOString(),
    })),
    earningsBalance: Number(earnings?.balance ?? 0),
  };
}
