// A test-only kind of open item that blocks withdrawal, with an action that creates it
// through the account lock like every real blocker-creating action must. It proves the
// withdrawal framework end to end (pre-check, 409, in-place resolve, races). Its table is
// created in the test's own database only; production has no such thing.
import type { FastifyInstance } from 'fastify';
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import type { BlockerRule } from '../src/domain/withdrawal/eligibility';
import { lockActiveAccount } from '../src/server/db/account-lock';
import type { Db } from '../src/server/db/database';
import type { Deps } from '../src/server/deps';
import { requireAuth } from '../src/server/http/plugins/auth';
import { DEFAULT_REGISTRY, extendRegistry, type WithdrawalRegistry } from '../src/server/withdrawal/registry';

export const TEST_RULE: BlockerRule = {
  code: 'test-open-item',
  role: 'both',
  from: 'testItems',
  title: { ja: 'テスト用の未完了項目', en: 'Open test items' },
  explanation: { ja: 'テスト用の項目が完了していません。', en: 'Test items are still open.' },
  resolve: { label: { ja: '項目を確認する', en: 'See the items' }, link: '/mypage' },
};

export const testRegistry: WithdrawalRegistry = extendRegistry(DEFAULT_REGISTRY, {
  rules: [TEST_RULE],
  providers: [
    {
      key: 'testItems',
      async load(db, userId) {
        const rows = await sql<{ id: string; title: string; clears_at: Date | null }>`
          select id::text, title, clears_at from test_open_items where user_id = ${userId} and closed_at is null order by id`.execute(
          db,
        );
        return rows.rows.map((r) => ({
          id: r.id,
          title: r.title,
          link: '/mypage',
          clearsAt: r.clears_at,
          resolve: {
            method: 'POST' as const,
            href: `/api/v1/test/open-items/${r.id}/close`,
            label: { ja: 'この項目を閉じる', en: 'Close this item' },
            confirm: { ja: '閉じた項目は元に戻せません。', en: 'A closed item cannot be reopened.' },
            done: { ja: '項目を閉じました。', en: 'The item has been closed.' },
          },
        }));
      },
    },
  ],
});

export async function createTestBlockerTable(db: Kysely<unknown> | Db): Promise<void> {
  await sql`
    create table if not exists test_open_items (
      id bigserial primary key,
      user_id uuid not null references users (id),
      title text not null,
      clears_at timestamptz,
      closed_at timestamptz
    )`.execute(db);
}

/** Extra delay inside the action, between the account check and the insert. */
export const testAction = { delayMs: 0 };

export function testBlockerRoutes(app: FastifyInstance, deps: Deps): void {
  app.post('/api/v1/test/open-items', { schema: { hide: true } }, async (request, reply) => {
    const { user } = requireAuth(request);
    const body = z
      .object({ title: z.string().default('テスト項目'), clearsAt: z.string().nullable().default(null) })
      .parse(request.body ?? {});
    const id = await deps.db.transaction().execute(async (trx) => {
      await lockActiveAccount(trx, user.id);
      if (testAction.delayMs > 0) await sql`select pg_sleep(${testAction.delayMs / 1000})`.execute(trx);
      const row = await sql<{ id: string }>`
        insert into test_open_items (user_id, title, clears_at) values (${user.id}, ${body.title}, ${body.clearsAt})
        returning id::text`.execute(trx);
      return row.rows[0]?.id;
    });
    return reply.code(201).send({ id });
  });
  app.post('/api/v1/test/open-items/:id/close', { schema: { hide: true } }, async (request) => {
    const { user } = requireAuth(request);
    const { id } = z.object({ id: z.string().regex(/^\d+$/) }).parse(request.params);
    await sql`update test_open_items set closed_at = now() where id = ${id} and user_id = ${user.id}`.execute(deps.db);
    return { ok: true };
  });
}
