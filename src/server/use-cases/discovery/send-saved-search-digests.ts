// The daily digest (08:00 Japan time): one mail per member listing what matched their
// saved searches since the last digest, by search. Each member's digest is one
// transaction: the matches are taken FOR UPDATE and stamped, the day's digest row and the
// mail are written together — so a retried task, or a second run the same day, finds
// nothing left to send or the day's row already there, and never sends twice. Nothing is
// sent when nothing matched, nor to a member who is no longer active; matches of a search
// whose notices were turned off are stamped without being listed.
import { sql } from 'kysely';
import { japanDay, SAVED_SEARCH_LIMITS } from '../../../domain/discovery/saved-searches';
import { PUBLIC_SERVICE_STATUSES } from '../../../domain/services/process';
import type { Db } from '../../db/database';
import { enqueueMail } from '../../db/repositories/outbox';
import type { Deps } from '../../deps';

/** Members handled per run; a longer list is taken up by the next run. */
const MEMBERS_PER_RUN = 500;

interface DueMatch {
  saved_search_id: string;
  target_id: string;
  name: string;
  kind: 'job' | 'service';
  notify: boolean;
  title: string | null;
}

/** How many digest mails were written, and whether members are left for another run. */
export async function sendSavedSearchDigests(deps: Deps, now: Date): Promise<{ sent: number; more: boolean }> {
  const members = await deps.db
    .selectFrom('saved_search_matches as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('m.user_id')
    .distinct()
    .where('m.digested_at', 'is', null)
    .where('u.status', '=', 'active')
    .where('u.email', 'is not', null)
    .orderBy('m.user_id')
    .limit(MEMBERS_PER_RUN)
    .execute();
  let sent = 0;
  for (const { user_id } of members) if (await digestOne(deps, user_id, now)) sent++;
  return { sent, more: members.length === MEMBERS_PER_RUN };
}

async function digestOne(deps: Deps, userId: string, now: Date): Promise<boolean> {
  const day = japanDay(now);
  return deps.db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom('users')
      .select(['email', 'locale', 'status'])
      .where('id', '=', userId)
      .forShare()
      .executeTakeFirst();
    if (!user?.email || user.status !== 'active') return false;
    const already = await trx
      .selectFrom('saved_search_digests')
      .select('day')
      .where('user_id', '=', userId)
      .where('day', '=', day)
      .executeTakeFirst();
    if (already) return false;
    const due = await dueMatches(trx, userId);
    if (due.length === 0) return false;
    await trx
      .updateTable('saved_search_matches')
      .set({ digested_at: now })
      .where('user_id', '=', userId)
      .where('digested_at', 'is', null)
      .execute();
    // What is still there to see: a posting or service gone since is not listed.
    const listed = due.filter((m) => m.notify && m.title !== null);
    if (listed.length === 0) return false;
    await trx
      .insertInto('saved_search_digests')
      .values({ user_id: userId, day, match_count: listed.length, sent_at: now })
      .execute();
    const shown = listed.slice(0, SAVED_SEARCH_LIMITS.digestItemsMax);
    const searches = new Map<string, { name: string; items: { title: string; link: string }[] }>();
    for (const m of shown) {
      const entry = searches.get(m.saved_search_id) ?? { name: m.name, items: [] };
      const path = m.kind === 'job' ? `/jobs/${m.target_id}` : `/services/${m.target_id}`;
      entry.items.push({ title: m.title ?? '', link: `${deps.config.publicUrl}${path}` });
      searches.set(m.saved_search_id, entry);
    }
    await enqueueMail(trx, {
      to: user.email,
      userId,
      template: 'saved_search_digest',
      vars: {
        lang: user.locale === 'en' ? 'en' : 'ja',
        searches: [...searches.values()],
        more: listed.length - shown.length,
        listLink: `${deps.config.publicUrl}/mypage/saved-searches`,
      },
      now,
    });
    return true;
  });
}

/** The member's matches not yet in a digest, locked, oldest first, with the item's title if it is still public. */
async function dueMatches(trx: Db, userId: string): Promise<DueMatch[]> {
  const { rows } = await sql<DueMatch>`
    select m.saved_search_id, m.target_id, ss.name, ss.kind, ss.notify,
           case ss.kind
             when 'job' then (select j.title from jobs j where j.id = m.target_id and j.status = 'open')
             else (select s.title from services s join users su on su.id = s.seller_id
                    where s.id = m.target_id and s.status in (${sql.join(PUBLIC_SERVICE_STATUSES)}) and su.status = 'active')
           end as title
      from saved_search_matches m
      join saved_searches ss on ss.id = m.saved_search_id
     where m.user_id = ${userId} and m.digested_at is null
     order by ss.created_at, ss.id, m.matched_at, m.target_id
       for update of m`.execute(trx);
  return rows;
}
