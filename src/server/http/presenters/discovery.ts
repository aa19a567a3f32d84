// Discovery's answers: a worker's card and favourites.
import type { Lang } from '../../../domain/problem-codes';
import type { FavouriteItem, WorkerCard } from '../../../shared/api/discovery';
import type { WorkerRow } from '../../discovery/worker-rows';
import type { FavouriteEntry } from '../../use-cases/discovery/list-favourites';
import { presentJobSummary } from './jobs';
import { presentServiceCard } from './services';

/** A rating rounded to one decimal, as the profile's reviews show it. */
const oneDecimal = (v: number | string | null) => (v === null ? null : Math.round(Number(v) * 10) / 10);

/** A worker's card without the viewer's actions (a favourite member's card has none). */
export function presentWorkerCard(row: WorkerRow): Omit<WorkerCard, 'actions'> {
  return {
    username: row.username,
    displayName: row.display_name ?? '',
    occupation: row.occupation as WorkerCard['occupation'],
    skills: row.skills,
    prefecture: row.prefecture,
    homeOnly: row.home_only,
    rating: { average: oneDecimal(row.rating_average), count: Number(row.rating_count) },
    completedAsWorker: Number(row.completed_as_worker),
    memberSince: row.created_at.toISOString(),
  };
}

export function presentFavourite(entry: FavouriteEntry, lang: Lang): FavouriteItem {
  const savedAt = entry.savedAt.toISOString();
  if (entry.kind === 'job') return { kind: 'job', savedAt, job: presentJobSummary(entry.job, lang) };
  if (entry.kind === 'service') return { kind: 'service', savedAt, service: presentServiceCard(entry.service, lang) };
  return { kind: 'member', savedAt, member: presentWorkerCard(entry.member) };
}
