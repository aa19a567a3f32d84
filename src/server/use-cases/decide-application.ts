// Deciding an application: the client hires or declines, the worker withdraws. Each is
// a transition of the application process written as a compare-and-set, so a hire
// racing a decline ends with exactly one of them.
import { APPLICATION_TRANSITIONS, type ApplicationAction } from '../../domain/applications/process';
import { AppError } from '../../domain/errors';
import { checkTransition } from '../../domain/process/transitions';
import { createContract, japanDatePlus } from '../contracts/create';
import { lockActiveAccounts } from '../db/account-lock';
import type { Deps } from '../deps';
import { notify } from '../notifications/notify';

export async function decideApplication(
  deps: Deps,
  input: { actorId: string; applicationId: string; action: Exclude<ApplicationAction, 'expire'>; reason?: string | null },
): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const app = await trx
      .selectFrom('applications as a')
      .innerJoin('jobs as j', 'j.id', 'a.job_id')
      .innerJoin('users as cu', 'cu.id', 'j.client_id')
      .innerJoin('users as wu', 'wu.id', 'a.worker_id')
      .select([
        'j.description',
        'cu.username as client_username',
        'wu.username as worker_username',
        'a.id',
        'a.status',
        'a.worker_id',
        'a.quoted_amount',
        'a.delivery_days',
        'j.id as job_id',
        'j.client_id',
        'j.title',
        'j.hires',
      ])
      .where('a.id', '=', input.applicationId)
      .executeTakeFirst();
    const role = app?.worker_id === input.actorId ? 'worker' : app?.client_id === input.actorId ? 'client' : null;
    if (!app || !role) throw new AppError('not-found');
    const step = checkTransition(APPLICATION_TRANSITIONS, input.action, app.status, role);
    if (!step.ok) throw new AppError(step.reason === 'not-allowed' ? 'forbidden' : 'application-transition-invalid');

    if (input.action === 'hire') {
      // Both sides will hold a contract: neither may be withdrawing.
      await lockActiveAccounts(trx, [app.client_id, app.worker_id]);
      // Serialise hires on one job so the number of hires is never exceeded.
      const hired = await trx
        .selectFrom('jobs as j')
        .select((eb) => [
          eb
            .selectFrom('applications')
            .select((e) => e.fn.countAll<number>().as('n'))
            .whereRef('job_id', '=', 'j.id')
            .where('status', '=', 'hired')
            .as('n'),
        ])
        .where('j.id', '=', app.job_id)
        .forUpdate()
        .executeTakeFirstOrThrow();
      if (Number(hired.n) >= (app.hires ?? 1)) throw new AppError('hires-full');
    }

    const updated = await trx
      .updateTable('applications')
      .set({
        status: step.to,
        decided_at: now,
        updated_at: now,
        ...(input.action === 'decline' ? { decline_reason: input.reason ?? null } : {}),
      })
      .where('id', '=', app.id)
      .where('status', '=', step.from)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw new AppError('application-transition-invalid');

    const link = `/applications/${app.id}`;
    if (input.action === 'hire') {
      await createContract(
        trx,
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
      );
      // The contract tells the worker they were hired (one notice, linking to the contract).
    } else if (input.action === 'decline') {
      await notify(
        trx,
        deps.config.publicUrl,
        {
          userId: app.worker_id,
          kind: 'application.declined',
          title: `「${app.title}」の選考結果`,
          body: `今回は見送りとなりました。${input.reason ? `\n発注者からのメッセージ: ${input.reason}` : ''}`,
          link,
        },
        now,
      );
    } else {
      await notify(
        trx,
        deps.config.publicUrl,
        {
          userId: app.client_id,
          kind: 'application.withdrawn',
          title: `「${app.title}」への応募が取り下げられました`,
          body: '応募者が応募を取り下げました。',
          link: `/jobs/${app.job_id}/applications`,
          mail: false,
        },
        now,
      );
    }
  });
}
