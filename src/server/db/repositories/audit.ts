import type { Db } from '../database';

export async function recordAudit(
  db: Db,
  event: {
    actorUserId: string | null;
    action: string;
    subjectType: string;
    subjectId: string | null;
    data?: Record<string, unknown>;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      actor_user_id: event.actorUserId,
      action: event.action,
      subject_type: event.subjectType,
      subject_id: event.subjectId,
      data: JSON.stringify(event.data ?? {}),
      created_at: event.now,
    })
    .execute();
}
