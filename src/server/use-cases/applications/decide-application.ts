// Deciding an application: the client hires or declines, the worker withdraws. Each is
// a transition of the application process written as a compare-and-set, so a hire
// racing a decline ends with exactly one of them.
import { sql } from 'kysely';
import { APPLICATION_TRANSITIONS, type ApplicationAction } from '../../../domain/applications/process';
import { AppError } from '../../../domain/errors';
import { checkTransition } from '../../../domain/process/transitions';
import { addContract, japanDatePlus, type NewContract } from '../../contracts/create';
import { accountLocking, assertActive } from '../../db/account-lock';
import type { Db } from '../../db/database';
import type { ApplicationStatus, UserStatus } from '../../db/schema';
import { type Guard, Statement } from '../../db/statement';
import type { Deps } from '../../deps';
import { assertNotRestricted } from '../../moderation/restrictions';
import { addNotices } from '../../notifications/notify';

/** Test-only switch: the race tests turn the job lock off to prove they can detect over-hiring. */
export const applicationGuards = { lockJob: true };

export interface DecideApplicationInput {
  actorId: string;
  applicationId: string;
  action: Exclude<ApplicationAction, 'expire'>;
  reason?: string | null;
}

/** The transition a decision makes, as checked against the application process. */
interface Step {
  from: ApplicationStatus;
  to: ApplicationStatus;
}

export async function decideApplication(deps: Deps, input: DecideApplicationInput): Promise<{ contract: NewContract | null }> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    if (input.action === 'hire') await assertNotRestricted(trx, input.actorId, 'buy', now);
    const { app, step } = checkDecision(await lockApplication(trx, input), input);

    // The decision and what follows from it in one statement, only if its compare-and-set matched.
    const write = new Statement(trx);
    const updated = addDecision(write, trx, app, step, input, now);
    const contract = addConsequences(write, deps, app, input, now, write.matched(updated));
    const result = await write.execute();
    if (!result.matched(updated)) await refuseMissedDecision(trx, app, input);
    return { contract };
  });
}

/**
 * The application and, for a hire, the locks in one statement: both members' accounts
 * (FOR SHARE, in id order: both sides will hold a contract, neither may be withdrawing),
 * then the job (FOR UPDATE: hires on one job run one at a time, so the number of hires
 * is never exceeded). The lateral references fix that order.
 */
async function lockApplication(trx: Db, input: DecideApplicationInput): Promise<ApplicationRow | undefined> {
  const hire = input.action === 'hire';
  const locking = accountLocking.enabled;
  const { rows } = await sql<ApplicationRow>`
    select app.*
           ${hire ? sql`, acc.client_status, acc.worker_status, job.hired` : sql``}
    from (
      select j.description, cu.username as client_username, wu.username as worker_username, a.id, a.status, a.worker_id,
             a.quoted_amount, a.delivery_days, j.id as job_id, j.client_id, j.title, j.hires
      from applications a
      join jobs j on j.id = a.job_id
      join users cu on cu.id = j.client_id
      join users wu on wu.id = a.worker_id
      where a.id = ${input.applicationId}
      offset 0
    ) as app
    ${
      hire
        ? sql`
    left join lateral (
      select max(u.status) filter (where u.id = app.client_id) as client_status,
             max(u.status) filter (where u.id = app.worker_id) as worker_status
      from (select id, status from users where id in (app.client_id, app.worker_id) order by id ${locking ? sql`for share` : sql``}) as u
    ) as acc on true
    left join lateral (
      select (select count(*) from applications where job_id = j.id and status = 'hired') as hired,
             acc.client_status as after_accounts
      from jobs j where j.id = app.job_id
      ${applicationGuards.lockJob ? sql`for update of j` : sql``}
    ) as job on true`
        : sql``
    }`.execute(trx);
  return rows[0];
}

/** The actor's part in the application, the transition the process allows them, and for a hire, room on the job. */
function checkDecision(app: ApplicationRow | undefined, input: DecideApplicationInput): { app: ApplicationRow; step: Step } {
  const role = app?.worker_id === input.actorId ? 'worker' : app?.client_id === input.actorId ? 'client' : null;
  if (!app || !role) throw new AppError('not-found');
  const step = checkTransition(APPLICATION_TRANSITIONS, input.action, app.status, role);
  if (!step.ok) throw new AppError(step.reason === 'not-allowed' ? 'forbidden' : 'application-transition-invalid');
  if (input.action === 'hire') {
    const statuses = new Map([
      [app.client_id, app.client_status],
      [app.worker_id, app.worker_status],
    ]);
    for (const id of [...statuses.keys()].sort()) assertActive(statuses.get(id) ?? undefined);
    if (Number(app.hired) >= (app.hires ?? 1)) throw new AppError('hires-full');
  }
  return { app, step };
}

/** The application's compare-and-set; a hire also only while the job has room. Returns the part's name. */
function addDecision(
  write: Statement,
  trx: Db,
  app: ApplicationRow,
  step: Step,
  input: DecideApplicationInput,
  now: Date,
): string {
  const hire = input.action === 'hire';
  const updated = write.with(
    'application',
    trx
      .updateTable('applications')
      .set({
        status: step.to,
        decided_at: now,
        updated_at: now,
        ...(input.action === 'decline' ? { decline_reason: input.reason ?? null } : {}),
      })
      .where('id', '=', app.id)
      .where('status', '=', step.from)
      // Counted again here: a count read in the locking statement is from before the
      // wait for the job lock, and would miss a hire committed meanwhile.
      .$if(hire, (q) =>
        q.where(
          (eb) =>
            eb
              .selectFrom('applications as h')
              .select((x) => x.fn.countAll<number>().as('n'))
              .where('h.job_id', '=', app.job_id)
              .where('h.status', '=', 'hired'),
          '<',
          app.hires ?? 1,
        ),
      )
      .returning('id'),
  );
  write.count(updated);
  return updated;
}

/**
 * What follows from the decision, sent only if it was made: a hire makes the contract
 * (which tells the worker they were hired, linking to it), a decline tells the worker,
 * a withdrawal tells the client.
 */
function addConsequences(
  write: Statement,
  deps: Deps,
  app: ApplicationRow,
  input: DecideApplicationInput,
  now: Date,
  decided: Guard,
): NewContract | null {
  if (input.action === 'hire') {
    return addContract(
      write,
      deps,
      {
        jobId: app.job_id,
        title: app.title,
        clientId: app.client_id,
        workerId: app.worker_id,
        amount: app.quoted_amount,
        dueDate: japanDatePlus(now, app.delivery_days),
        applicationId: app.id,
        parties: { description: app.description, client: app.client_username, worker: app.worker_username },
      },
      now,
      decided,
    );
  }
  const notice =
    input.action === 'decline'
      ? {
          userId: app.worker_id,
          kind: 'application.declined' as const,
          params: { jobTitle: app.title, reason: input.reason ?? null },
          link: `/applications/${app.id}`,
        }
      : {
          userId: app.client_id,
          kind: 'application.withdrawn' as const,
          params: { jobTitle: app.title },
          link: `/jobs/${app.job_id}/applications`,
          mail: false,
        };
  addNotices(write, deps.config.publicUrl, [{ ...notice, onlyIf: decided }], now);
  return null;
}

/** The compare-and-set missed: for a hire, because the job filled meanwhile; otherwise the application moved on. */
async function refuseMissedDecision(trx: Db, app: ApplicationRow, input: DecideApplicationInput): Promise<never> {
  if (input.action === 'hire') {
    const taken = await trx
      .selectFrom('applications')
      .select((x) => x.fn.countAll<number>().as('n'))
      .where('job_id', '=', app.job_id)
      .where('status', '=', 'hired')
      .executeTakeFirstOrThrow();
    if (Number(taken.n) >= (app.hires ?? 1)) throw new AppError('hires-full');
  }
  throw new AppError('application-transition-invalid');
}

interface ApplicationRow {
  description: string;
  client_username: string;
  worker_username: string;
  id: string;
  status: ApplicationStatus;
  worker_id: string;
  quoted_amount: number;
  delivery_days: number;
  job_id: string;
  client_id: string;
  title: string;
  hires: number | null;
  /** For a hire: the accounts' states and the job's hires so far, read under the locks. */
  client_status?: UserStatus | null;
  worker_status?: UserStatus | null;
  hired?: number;
}
