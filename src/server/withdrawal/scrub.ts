import { sql } from 'kysely';
import { WITHDRAWN_NAME } from '../../domain/withdrawal/retention';
import type { Db } from '../db/database';

/**
 * The other members' stored answers (idempotency_keys.response, replayed to a retry for a
 * day) show the member as they were; from now on the member is 「退会済みユーザー」 there
 * too, with no name and no username.
 */
export async function scrubStoredAnswers(trx: Db, who: { displayName: string | null; username: string }): Promise<void> {
  const names = [who.displayName, who.username].filter((n): n is string => !!n);
  const found = names.map((n) => sql<boolean>`strpos(response::text, ${JSON.stringify(n).slice(1, -1)}) > 0`);
  const rows = await trx
    .selectFrom('idempotency_keys')
    .select(['user_id', 'key', 'response'])
    .where((eb) => eb.or(found))
    .execute();
  for (const row of rows) {
    await trx
      .updateTable('idempotency_keys')
      .set({ response: JSON.stringify(withoutMember(row.response, who)) })
      .where('user_id', '=', row.user_id)
      .where('key', '=', row.key)
      .execute();
  }
}

function withoutMember(value: unknown, who: { displayName: string | null; username: string }): unknown {
  if (typeof value === 'string') {
    if (value === who.username) return WITHDRAWN_NAME.ja;
    return who.displayName ? value.split(who.displayName).join(WITHDRAWN_NAME.ja) : value;
  }
  if (Array.isArray(value)) return value.map((v) => withoutMember(v, who));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = withoutMember(v, who);
    // A party shown by name is shown as withdrawn, as presentParty does.
    if ((value as Record<string, unknown>).username === who.username && 'withdrawn' in out) out.withdrawn = true;
    return out;
  }
  return value;
}
