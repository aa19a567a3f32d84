// Blocking (ブロック): block a member, unblock, list the members I blocked, and whether I
// blocked one (for their profile page). Nobody can ask who blocked them.
import { BLOCK_PAGE_SIZE } from '../../../domain/blocks/blocks';
import { AppError } from '../../../domain/errors';
import { Ok } from '../../../shared/api/accounts';
import {
  type BlockedMember,
  BlockInput,
  BlockList,
  BlockListQuery,
  BlockParams,
  BlockState,
  UsernameParams,
} from '../../../shared/api/blocks';
import { blockedByMe } from '../../blocks/queries';
import type { Deps } from '../../deps';
import { blockMember } from '../../use-cases/blocks/block-member';
import { listBlocks } from '../../use-cases/blocks/list-blocks';
import { unblockMember } from '../../use-cases/blocks/unblock-member';
import { requireAuth } from '../plugins/auth';
import type { App } from './types';

const tags = ['blocks'];

export function blockRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/blocks',
    {
      schema: { tags, summary: 'The members I blocked, newest first', querystring: BlockListQuery, response: { 200: BlockList } },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const { rows, total } = await listBlocks(deps.db, user.id, request.query.page);
      return {
        items: rows.map(
          (r): BlockedMember => ({
            userId: r.user_id,
            username: r.username,
            displayName: r.display_name ?? '',
            blockedAt: r.created_at.toISOString(),
          }),
        ),
        total,
        page: request.query.page,
        pageSize: BLOCK_PAGE_SIZE,
      };
    },
  );
  app.get(
    '/api/v1/users/:username/block',
    { schema: { tags, summary: 'Whether I blocked this member', params: UsernameParams, response: { 200: BlockState } } },
    async (request) => {
      const { user } = requireAuth(request);
      const other = await deps.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', request.params.username.toLowerCase())
        .where('status', 'in', ['active', 'suspended'])
        .executeTakeFirst();
      if (!other) throw new AppError('not-found');
      return { userId: other.id, blocked: await blockedByMe(deps.db, user.id, other.id) };
    },
  );
  app.post(
    '/api/v1/blocks',
    { schema: { tags, summary: 'Block a member (silent, reversible)', body: BlockInput, response: { 201: BlockState } } },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const { username, userId } = request.body;
      const { blockedId } = await blockMember(deps, {
        userId: user.id,
        target: userId ? { userId } : { username: username ?? '' },
      });
      return reply.code(201).send({ userId: blockedId, blocked: true });
    },
  );
  app.delete(
    '/api/v1/blocks/:userId',
    { schema: { tags, summary: 'Unblock a member', params: BlockParams, response: { 200: Ok } } },
    async (request) => {
      const { user } = requireAuth(request);
      await unblockMember(deps, { userId: user.id, blockedId: request.params.userId });
      return { ok: true as const };
    },
  );
}
