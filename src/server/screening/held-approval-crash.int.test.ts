// Approving a held item is one transaction: the status change, the write made as its
// author asked, and the author's notice. A failure after the write was made (here: the
// notice cannot be written, as if the process died before committing) leaves nothing —
// the item is still pending and nothing was delivered — and approving it again delivers
// it once. A further approval is refused as decided and delivers nothing more.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import { hiredContract, type Party, staffMember } from '../../../test/contracts';

let t: TestApp;
let moderator: Party;
beforeAll(async () => {
  t = await startTestApp();
  moderator = await staffMember(t, 'moderator');
});
afterAll(async () => {
  await t?.close();
});

const PHONE = '急ぎのときは 090-1234-5678 に電話ください';

describe('approving a held item', () => {
  it('makes the write and the approval together, or neither; a second approval does not deliver twice', async () => {
    const c = await hiredContract(t);
    const thread = await t.database.db
      .selectFrom('threads')
      .select('id')
      .where('subject_type', '=', 'contract')
      .where('subject_id', '=', c.contractId)
      .executeTakeFirstOrThrow();
    const held = await c.worker.client.post(
      `/api/v1/threads/${thread.id}/messages`,
      { body: PHONE, attachmentIds: [] },
      { 'screening-review': encodeURIComponent('現地での作業日程の調整に必要なため') },
    );
    expect(held.statusCode, held.body).toBe(202);
    const id = held.json().heldItem.id;
    const delivered = async () =>
      (
        await t.database.db
          .selectFrom('messages')
          .select('id')
          .where('thread_id', '=', thread.id)
          .where('body', '=', PHONE)
          .execute()
      ).length;
    const status = async () =>
      (await t.database.db.selectFrom('held_items').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

    // The step after the write fails: the author's notice cannot be written.
    await sql`create function held_crash_fn() returns trigger language plpgsql as $$
      begin raise exception 'crash after the write'; end $$`.execute(t.database.db);
    await sql`create trigger held_crash_trg before insert on notifications for each row
      when (new.kind = 'screening.approved') execute function held_crash_fn()`.execute(t.database.db);
    try {
      const crashed = await moderator.client.post(`/api/v1/staff/held-items/${id}/approve`, {});
      expect(crashed.statusCode).toBe(500);
    } finally {
      await sql`drop trigger held_crash_trg on notifications`.execute(t.database.db);
      await sql`drop function held_crash_fn()`.execute(t.database.db);
    }
    expect(await delivered()).toBe(0);
    expect(await status()).toBe('pending');

    const approved = await moderator.client.post(`/api/v1/staff/held-items/${id}/approve`, {});
    expect(approved.json()).toEqual({ status: 'approved' });
    expect(await delivered()).toBe(1);
    const again = await moderator.client.post(`/api/v1/staff/held-items/${id}/approve`, {});
    expect(again.json().code).toBe('held-item-decided');
    expect(await delivered()).toBe(1);
    const notices = (await c.worker.client.get('/api/v1/me/notifications')).json().items as { kind: string }[];
    expect(notices.filter((n) => n.kind === 'screening.approved')).toHaveLength(1);
  });
});
