// The seller's status steps: publish (公開), pause (受付停止), resume, hide (非公開) — each
// a transition of the service process written as a compare-and-set. Publishing and
// resuming make a withdrawal blocker, so they take the account lock first.
import { sql } from 'kysely';
import { AppError } from '../../../domain/errors';
import { CATEGORY_KEYS } from '../../../domain/jobs/categories';
import { SERVICE_TRANSITIONS, type ServiceStep } from '../../../domain/services/process';
import { publishIssues } from '../../../domain/services/publish';
import { lockActiveAccount } from '../../db/account-lock';
import { servicePartsOf } from '../../db/repositories/services';
import { applyTransition } from '../../db/transition';
import type { Deps } from '../../deps';
import { scheduleSavedSearchMatch } from '../../discovery/saved-search-timers';
import { assertNotRemovedByStaff } from '../../moderation/removed-content';
import { assertNotRestricted } from '../../moderation/restrictions';
import { lockOwnService } from '../../services/access';

export interface ChangeServiceStatusInput {
  sellerId: string;
  serviceId: string;
  action: ServiceStep;
}

export async function changeServiceStatus(deps: Deps, input: ChangeServiceStatusInput): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    if (input.action === 'publish' || input.action === 'resume') await lockActiveAccount(trx, input.sellerId);
    if (input.action === 'publish' || input.action === 'resume') await assertNotRestricted(trx, input.sellerId, 'post', now);
    const service = await lockOwnService(trx, input.serviceId, input.sellerId);
    // A service staff hid stays hidden.
    if (input.action === 'publish' || input.action === 'resume') await assertNotRemovedByStaff(trx, 'service', service.id);
    if (input.action === 'publish') {
      const row = await trx
        .selectFrom('services')
        .select(['title', 'category', 'description'])
        .where('id', '=', service.id)
        .executeTakeFirstOrThrow();
      const { packages } = await servicePartsOf(trx, [service.id]);
      const draft = { ...row, packages: packages.map((p) => ({ ...p, deliveryDays: p.delivery_days })) };
      const issues = publishIssues(draft, (k) => CATEGORY_KEYS.includes(k));
      if (issues.length > 0) throw new AppError('service-not-publishable', {}, issues);
    }
    await applyTransition(trx, {
      table: 'services',
      machine: SERVICE_TRANSITIONS,
      action: input.action,
      actor: 'seller',
      current: service.status,
      id: service.id,
      set: {
        updated_at: now,
        hidden_reason: input.action === 'hide' ? 'seller' : null,
        // The first publication dates the service ("new" in search); a return keeps it.
        ...(input.action === 'publish' ? { published_at: sql<Date>`coalesce(published_at, ${now})` } : {}),
      },
      refusals: { notAllowed: 'service-transition-invalid', wrongState: 'service-transition-invalid' },
    });
    // Saved searches learn of a service when it is published (again: a match already told is not told twice).
    if (input.action === 'publish') await scheduleSavedSearchMatch(trx, 'service', service.id, now);
  });
}
