// The demo client's discovery: a saved service search (ロゴ, within a budget) with its
// notices on, and the logo service kept among favourites — made through the use cases.
import { ServiceSearchQuery } from '../../shared/api/services';
import type { Deps } from '../deps';
import { addFavourite } from '../use-cases/discovery/add-favourite';
import { saveSearch } from '../use-cases/discovery/save-search';

const CLIENT = 'tanaka_shoji';
const FAVOURITE_TITLE = 'お店の雰囲気が伝わるロゴを作成します';

export async function seedDemoSavedSearches(deps: Deps, userIds: Record<string, string>): Promise<void> {
  const userId = userIds[CLIENT];
  if (!userId) return;
  await saveSearch(deps, {
    userId,
    search: {
      kind: 'service',
      name: 'ロゴ作成(2万円まで)',
      query: ServiceSearchQuery.parse({ q: 'ロゴ', maxPrice: 20_000 }),
    },
  });
  const service = await deps.db
    .selectFrom('services')
    .select('id')
    .where('title', '=', FAVOURITE_TITLE)
    .where('status', '=', 'published')
    .executeTakeFirst();
  if (service) await addFavourite(deps, { userId, kind: 'service', id: service.id });
}
