// お気に入り: the member's favourites, newest first, of one kind or all. A posting no
// longer there, a service buyers no longer see (非公開, its seller gone) or a member no
// longer active (withdrawn, suspended) is left out.
import { type SqlBool, sql } from 'kysely';
import type { FavouriteKind } from '../../../domain/discovery/favourites';
import { PUBLIC_SERVICE_STATUSES } from '../../../domain/services/process';
import type { Db } from '../../db/database';
import { type JobWithClient, selectJobsWithClient } from '../../db/repositories/jobs';
import { type ServiceWithSeller, servicesByIds } from '../../db/repositories/services';
import { selectMemberRows, type WorkerRow } from '../../discovery/worker-rows';

export const FAVOURITES_PER_PAGE = 20;

export interface ListFavouritesInput {
  userId: string;
  kind?: FavouriteKind;
  page: number;
}

export type FavouriteEntry =
  | { kind: 'job'; savedAt: Date; job: JobWithClient }
  | { kind: 'service'; savedAt: Date; service: ServiceWithSeller }
  | { kind: 'member'; savedAt: Date; member: WorkerRow };

export async function listFavourites(db: Db, input: ListFavouritesInput): Promise<{ items: FavouriteEntry[]; total: number }> {
  let visible = db
    .selectFrom('favourites as f')
    .where('f.user_id', '=', input.userId)
    .where(
      sql<SqlBool>`((f.kind = 'job' and exists (select 1 from jobs j where j.id = f.target_id and j.published_at is not null))
        or (f.kind = 'service' and exists (select 1 from services s join users su on su.id = s.seller_id
                                           where s.id = f.target_id and s.status in (${sql.join(PUBLIC_SERVICE_STATUSES)}) and su.status = 'active'))
        or (f.kind = 'member' and exists (select 1 from users u where u.id = f.target_id and u.status = 'active')))`,
    );
  if (input.kind) visible = visible.where('f.kind', '=', input.kind);
  const counted = await visible.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await visible
    .select(['f.kind', 'f.target_id', 'f.created_at'])
    .orderBy('f.created_at', 'desc')
    .orderBy('f.target_id')
    .limit(FAVOURITES_PER_PAGE)
    .offset((input.page - 1) * FAVOURITES_PER_PAGE)
    .execute();
  const jobIds = rows.filter((r) => r.kind === 'job').map((r) => r.target_id);
  const serviceIds = rows.filter((r) => r.kind === 'service').map((r) => r.target_id);
  const memberIds = rows.filter((r) => r.kind === 'member').map((r) => r.target_id);
  const jobs =
    jobIds.length > 0 ? ((await selectJobsWithClient(db).where('j.id', 'in', jobIds).execute()) as JobWithClient[]) : [];
  const members = memberIds.length > 0 ? await selectMemberRows(db).where('u.id', 'in', memberIds).execute() : [];
  const services = await servicesByIds(db, serviceIds);
  const jobById = new Map(jobs.map((j) => [j.id, j]));
  const memberById = new Map(members.map((m) => [m.id, m]));
  const serviceById = new Map(services.map((s) => [s.id, s]));
  const items: FavouriteEntry[] = [];
  for (const r of rows) {
    const job = r.kind === 'job' ? jobById.get(r.target_id) : undefined;
    const member = r.kind === 'member' ? memberById.get(r.target_id) : undefined;
    const service = r.kind === 'service' ? serviceById.get(r.target_id) : undefined;
    if (job) items.push({ kind: 'job', savedAt: r.created_at, job });
    if (service) items.push({ kind: 'service', savedAt: r.created_at, service });
    if (member) items.push({ kind: 'member', savedAt: r.created_at, member });
  }
  return { items, total: Number(counted.n) };
}
