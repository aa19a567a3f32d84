// Attachments: uploaded first (owned, unattached), then linked to one application,
// message or competition entry in the transaction that creates it (or shown as a
// service's image, db/repositories/services.ts). Only the parties of
// what a file is attached to can download it.
import { hasControlCharacters } from '../../domain/accounts/display-name';
import { AppError } from '../../domain/errors';
import type { Db } from '../db/database';
import type { Deps } from '../deps';
import { cleanFilename, recogniseFile } from '../integrations/storage/local-files';

export const MAX_ATTACHMENTS = 5;

export async function storeUpload(deps: Deps, input: { ownerId: string; filename: string; bytes: Buffer }) {
  // A bidi override would show 'logo\u202egnp.exe' as 'logoexe.png': refused, as in display names.
  if (hasControlCharacters(input.filename)) throw AppError.field('/file', 'control-characters');
  if (input.bytes.length === 0) throw new AppError('file-missing');
  const filename = cleanFilename(input.filename);
  const contentType = recogniseFile(filename, input.bytes);
  if (!contentType) throw new AppError('file-type-not-allowed');
  const now = deps.clock();
  const owner = await deps.db.selectFrom('users').select('status').where('id', '=', input.ownerId).executeTakeFirst();
  if (owner?.status !== 'active') throw new AppError('account-withdrawn');
  const saved = await deps.files.save(input.bytes, now);
  return deps.db
    .insertInto('attachments')
    .values({
      owner_id: input.ownerId,
      filename,
      content_type: contentType,
      size_bytes: input.bytes.length,
      sha256: saved.sha256,
      storage_key: saved.key,
      created_at: now,
    })
    .returning(['id', 'filename', 'content_type', 'size_bytes'])
    .executeTakeFirstOrThrow();
}

/** Links the owner's unattached files to one thing; refuses anything else. */
export async function linkAttachments(
  trx: Db,
  input: {
    ownerId: string;
    ids: string[];
    to: { message_id: number } | { application_id: string } | { entry_id: string } | { submission_id: string };
  },
): Promise<void> {
  const ids = [...new Set(input.ids)];
  if (ids.length === 0) return;
  const result = await trx
    .updateTable('attachments')
    .set(input.to)
    .where('id', 'in', ids)
    .where('owner_id', '=', input.ownerId)
    .where('message_id', 'is', null)
    .where('application_id', 'is', null)
    .where('entry_id', 'is', null)
    .where('submission_id', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== ids.length) throw AppError.field('/attachmentIds', 'attachment-invalid');
}

export interface AttachmentInfo {
  id: string;
  filename: string;
  contentType: string;
  size: number;
}

export async function attachmentsOf(
  db: Db,
  where: { message_ids?: number[]; application_ids?: string[]; entry_ids?: string[]; submission_ids?: string[] },
) {
  const none = ['00000000-0000-0000-0000-000000000000'];
  let q = db
    .selectFrom('attachments')
    .select(['id', 'filename', 'content_type', 'size_bytes', 'message_id', 'application_id', 'entry_id', 'submission_id']);
  if (where.message_ids) q = q.where('message_id', 'in', where.message_ids.length > 0 ? where.message_ids : [-1]);
  if (where.application_ids)
    q = q.where(
      'application_id',
      'in',
      where.application_ids.length > 0 ? where.application_ids : ['00000000-0000-0000-0000-000000000000'],
    );
  if (where.entry_ids) q = q.where('entry_id', 'in', where.entry_ids.length > 0 ? where.entry_ids : none);
  if (where.submission_ids) q = q.where('submission_id', 'in', where.submission_ids.length > 0 ? where.submission_ids : none);
  return q.orderBy('created_at').execute();
}

export const presentAttachment = (a: {
  id: string;
  filename: string;
  content_type: string;
  size_bytes: number;
}): AttachmentInfo => ({
  id: a.id,
  filename: a.filename,
  contentType: a.content_type,
  size: a.size_bytes,
});

/** The file, if this user may read it: its owner, or a party of what it is attached to. */
export async function openAttachment(deps: Deps, input: { viewerId: string; attachmentId: string }) {
  const a = await deps.db.selectFrom('attachments').selectAll().where('id', '=', input.attachmentId).executeTakeFirst();
  if (!a) throw new AppError('not-found');
  let allowed = a.owner_id === input.viewerId;
  if (!allowed && a.message_id !== null) {
    allowed = Boolean(
      await deps.db
        .selectFrom('messages as m')
        .innerJoin('thread_members as tm', 'tm.thread_id', 'm.thread_id')
        .select('m.id')
        .where('m.id', '=', a.message_id)
        .where('tm.user_id', '=', input.viewerId)
        .executeTakeFirst(),
    );
  }
  if (!allowed && a.application_id !== null) {
    allowed = Boolean(
      await deps.db
        .selectFrom('applications as ap')
        .innerJoin('jobs as j', 'j.id', 'ap.job_id')
        .select('ap.id')
        .where('ap.id', '=', a.application_id)
        .where((eb) => eb.or([eb('ap.worker_id', '=', input.viewerId), eb('j.client_id', '=', input.viewerId)]))
        .executeTakeFirst(),
    );
  }
  if (!allowed && a.entry_id !== null) {
    allowed = Boolean(
      await deps.db
        .selectFrom('competition_entries as e')
        .innerJoin('jobs as j', 'j.id', 'e.job_id')
        .select('e.id')
        .where('e.id', '=', a.entry_id)
        .where((eb) => eb.or([eb('e.worker_id', '=', input.viewerId), eb('j.client_id', '=', input.viewerId)]))
        .executeTakeFirst(),
    );
  }
  if (!allowed && a.submission_id !== null) {
    allowed = Boolean(
      await deps.db
        .selectFrom('task_submissions as s')
        .innerJoin('jobs as j', 'j.id', 's.job_id')
        .select('s.id')
        .where('s.id', '=', a.submission_id)
        .where((eb) => eb.or([eb('s.worker_id', '=', input.viewerId), eb('j.client_id', '=', input.viewerId)]))
        .executeTakeFirst(),
    );
  }
  if (!allowed) throw new AppError('not-found');
  return { info: a, stream: deps.files.open(a.storage_key) };
}

/** Withdrawal and retention: deletes rows and files. */
export async function deleteAttachments(
  trx: Db,
  _deps: Deps,
  where: { ownerId?: string; unlinkedBefore?: Date },
): Promise<string[]> {
  let q = trx.deleteFrom('attachments');
  if (where.ownerId) q = q.where('owner_id', '=', where.ownerId);
  if (where.unlinkedBefore) {
    q = q
      .where('created_at', '<', where.unlinkedBefore)
      .where('message_id', 'is', null)
      .where('application_id', 'is', null)
      .where('entry_id', 'is', null)
      .where('submission_id', 'is', null)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb.selectFrom('service_images as i').select('i.attachment_id').whereRef('i.attachment_id', '=', 'attachments.id'),
          ),
        ),
      );
  }
  const rows = await q.returning('storage_key').execute();
  return rows.map((r) => r.storage_key);
}

/** Removes files after the transaction that deleted their rows has committed. */
export async function removeFiles(deps: Deps, keys: string[]): Promise<void> {
  for (const key of keys) await deps.files.remove(key);
}
