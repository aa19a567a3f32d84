// The profile anyone can see at /u/:username. A withdrawn account shows only that it was
// withdrawn: its personal data no longer exists.
import { normaliseUsername, USERNAME_PATTERN } from '../../../domain/accounts/username';
import { isListedWorker, workerActions } from '../../../domain/discovery/workers';
import { AppError } from '../../../domain/errors';
import type { PublicProfile } from '../../../shared/api/accounts';
import { blockedEitherWay } from '../../blocks/queries';
import type { Db } from '../../db/database';
import { findUserByUsername } from '../../db/repositories/users';
import { getProfile } from './get-profile';

export const WITHDRAWN_DISPLAY_NAME = '退会済みユーザー';

export interface PublicProfileInput {
  username: string;
  /** The logged-in reader, for the actions they may take (scouting). */
  viewer: { id: string; active: boolean } | null;
}

export async function getPublicProfile(db: Db, input: PublicProfileInput): Promise<PublicProfile> {
  const rawUsername = input.username;
  const username = normaliseUsername(rawUsername);
  if (!USERNAME_PATTERN.test(username)) throw new AppError('not-found');
  const user = await findUserByUsername(db, username);
  if (!user || (user.status === 'active' && !user.email_verified_at)) throw new AppError('not-found');
  if (user.status === 'withdrawn' || user.status === 'suspended') {
    const withdrawn = user.status === 'withdrawn';
    return {
      username: user.username,
      displayName: withdrawn ? WITHDRAWN_DISPLAY_NAME : (user.display_name ?? ''),
      withdrawn,
      memberSince: null,
      profile: null,
      actions: [],
    };
  }
  const { updatedAt: _, ...profile } = await getProfile(db, user.id);
  // Scouting is offered on the profiles of members listed among workers, as on their cards.
  const completed = await db
    .selectFrom('contracts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('worker_id', '=', user.id)
    .where('status', '=', 'completed')
    .executeTakeFirstOrThrow();
  const listed = isListedWorker({
    status: user.status,
    emailVerified: user.email_verified_at !== null,
    staff: user.staff_role !== null,
    intent: user.intent,
    skills: profile.skills,
    bio: profile.bio,
    completedAsWorker: Number(completed.n),
  });
  // Two members who blocked one another are not offered scouting (who blocked is not said).
  const blocked = input.viewer !== null && (await blockedEitherWay(db, input.viewer.id, user.id));
  return {
    username: user.username,
    displayName: user.display_name ?? '',
    withdrawn: false,
    memberSince: user.created_at.toISOString(),
    profile,
    actions: listed && !blocked ? workerActions(input.viewer, user.id) : [],
  };
}
