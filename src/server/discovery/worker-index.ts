// Keeps a member's search text and tokens (profiles.search_text, search_tokens) in step
// with what they are found by: called after the profile or the display name changes.
import { skillKey, workerSearchText } from '../../domain/discovery/workers';
import { documentTokens } from '../../domain/jobs/search';
import type { Db } from '../db/database';

/** The search columns for a profile row being written. */
export function workerIndexValues(w: Parameters<typeof workerSearchText>[0]): {
  search_text: string;
  search_tokens: string[];
  search_skills: string[];
} {
  const text = workerSearchText(w);
  return { search_text: text, search_tokens: documentTokens(text), search_skills: [...new Set(w.skills.map(skillKey))] };
}

export async function refreshWorkerIndex(db: Db, userId: string): Promise<void> {
  const row = await db
    .selectFrom('profiles as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['u.username', 'u.display_name', 'p.skills', 'p.bio'])
    .where('p.user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return;
  await db
    .updateTable('profiles')
    .set(workerIndexValues({ displayName: row.display_name, username: row.username, skills: row.skills, bio: row.bio }))
    .where('user_id', '=', userId)
    .execute();
}
