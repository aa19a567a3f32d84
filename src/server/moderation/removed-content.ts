// Content staff removed (a posting closed, a service hidden by a moderator's "remove"
// decision) stays down: its owner may not publish, resume or reopen it. Editing it is
// still allowed (it is not shown to anyone), and a new posting or service goes through
// screening and the moderation queue like any other. The refusal cites the decision: the
// article of the terms and the note the member was sent.
import { AppError } from '../../domain/errors';
import { termsArticle } from '../../domain/moderation/articles';
import type { Db } from '../db/database';

export type RemovableContent = 'job' | 'service';

/** Whether staff took the job or service down (read inside the caller's transaction, after its row lock). */
async function removedByStaff(trx: Db, kind: RemovableContent, id: string): Promise<boolean> {
  if (kind === 'job') {
    const row = await trx.selectFrom('jobs').select('closed_reason').where('id', '=', id).executeTakeFirst();
    return row?.closed_reason === 'staff';
  }
  const row = await trx.selectFrom('services').select('hidden_reason').where('id', '=', id).executeTakeFirst();
  return row?.hidden_reason === 'staff';
}

export async function assertNotRemovedByStaff(trx: Db, kind: RemovableContent, id: string): Promise<void> {
  if (!(await removedByStaff(trx, kind, id))) return;
  const action = await trx
    .selectFrom('moderation_actions')
    .select(['article', 'note', 'created_at'])
    .where('content_kind', '=', kind)
    .where('content_id', '=', id)
    .where('kind', '=', 'remove')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const article = action ? termsArticle(action.article) : null;
  throw new AppError('content-removed-by-staff', (lang) => ({
    removal: {
      content: kind,
      article: action?.article ?? null,
      articleTitle: article ? article[lang] : null,
      note: action?.note ?? null,
      removedAt: action?.created_at.toISOString() ?? null,
      link: '/notifications',
    },
  }));
}
