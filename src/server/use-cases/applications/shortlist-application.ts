// The client marks a pending application as shortlisted (候補), or unmarks it.
import { AppError } from '../../../domain/errors';
import type { Deps } from '../../deps';

export interface ShortlistApplicationInput {
  clientId: string;
  applicationId: string;
  shortlisted: boolean;
}

export async function shortlistApplication(deps: Deps, input: ShortlistApplicationInput): Promise<void> {
  const now = deps.clock();
  const result = await deps.db
    .updateTable('applications')
    .set({ shortlisted: input.shortlisted, updated_at: now })
    .where('id', '=', input.applicationId)
    .where('status', '=', 'pending')
    .where('job_id', 'in', (eb) => eb.selectFrom('jobs').select('id').where('client_id', '=', input.clientId))
    .executeTakeFirst();
  if (result.numUpdatedRows > 0n) return;
  const exists = await deps.db
    .selectFrom('applications as a')
    .innerJoin('jobs as j', 'j.id', 'a.job_id')
    .select('a.status')
    .where('a.id', '=', input.applicationId)
    .where('j.client_id', '=', input.clientId)
    .executeTakeFirst();
  throw new AppError(exists ? 'application-transition-invalid' : 'not-found');
}
