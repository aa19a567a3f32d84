// Saves the profile shown to other users (bio, skills, availability …).
import type { Profile, ProfileBody } from '../../../shared/api/accounts';
import type { Deps } from '../../deps';
import { refreshWorkerIndex } from '../../discovery/worker-index';
import { getProfile } from './get-profile';

export interface UpdateProfileInput {
  userId: string;
  profile: ProfileBody;
}

export async function updateProfile(deps: Deps, input: UpdateProfileInput): Promise<Profile> {
  const p = input.profile;
  const now = deps.clock();
  const values = {
    bio: p.bio,
    // Duplicates are dropped, order kept.
    skills: [...new Set(p.skills)],
    occupation: p.occupation,
    hours_per_week: p.hoursPerWeek,
    home_only: p.homeOnly,
    times_of_day: [...new Set(p.timesOfDay)],
    prefecture: p.prefecture,
    portfolio_links: [...new Set(p.portfolioLinks)],
    ...(p.entityType ? { entity_type: p.entityType } : {}),
    updated_at: now,
  };
  await deps.db
    .insertInto('profiles')
    .values({ user_id: input.userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
  await refreshWorkerIndex(deps.db, input.userId);
  return getProfile(deps.db, input.userId);
}
