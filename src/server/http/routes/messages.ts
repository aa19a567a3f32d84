// Notifications and message threads of the logged-in member.
import { z } from 'zod';
import { Ok } from '../../../shared/api/accounts';
import { NotificationList, SendMessageBody, ThreadList, ThreadMessages } from '../../../shared/api/applications';
import { attachmentsOf, presentAttachment } from '../../attachments/attachments';
import type { Deps } from '../../deps';
import { noticeText } from '../../notifications/render';
import { listThreads } from '../../use-cases/messages/list-threads';
import { readThread } from '../../use-cases/messages/read-thread';
import { sendMessage } from '../../use-cases/messages/send-message';
import { listNotifications } from '../../use-cases/notifications/list-notifications';
import { markNotificationsRead } from '../../use-cases/notifications/mark-notifications-read';
import { IdParams, uuidOr404 } from '../params';
import { requireAuth } from '../plugins/auth';
import { presentParty } from '../presenters/accounts';
import { presentThread } from '../presenters/messages';
import { negotiateLang } from '../problem';
import type { App } from './types';

export function messageRoutes(app: App, deps: Deps) {
  notificationRoutes(app, deps);
  threadRoutes(app, deps);
}

/** My notifications and marking them read. */
function notificationRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/me/notifications',
    { schema: { tags: ['notifications'], summary: 'My notifications', response: { 200: NotificationList } } },
    async (request) => {
      const { user } = requireAuth(request);
      const { items, unreadCount } = await listNotifications(deps.db, user.id);
      const lang = negotiateLang(request.headers['accept-language']);
      return {
        unreadCount,
        items: items.map((n) => ({
          id: String(n.id),
          kind: n.kind,
          ...noticeText(n, lang),
          link: n.link,
          createdAt: n.created_at.toISOString(),
          readAt: n.read_at?.toISOString() ?? null,
        })),
      };
    },
  );

  app.post(
    '/api/v1/me/notifications/read',
    { schema: { tags: ['notifications'], summary: 'Mark all my notifications read', response: { 200: Ok } } },
    async (request) => {
      const { user } = requireAuth(request);
      await markNotificationsRead(deps.db, { userId: user.id, now: deps.clock() });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/me/notifications/:id/read',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Mark one notification read',
        params: z.object({ id: z.string().regex(/^\d{1,18}$/) }),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      await markNotificationsRead(deps.db, { userId: user.id, id: Number(request.params.id), now: deps.clock() });
      return { ok: true as const };
    },
  );
}

/** My message threads: the list, reading one, sending a message. */
function threadRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/me/threads',
    { schema: { tags: ['messages'], summary: 'My message threads with unread counts', response: { 200: ThreadList } } },
    async (request) => {
      const { user } = requireAuth(request);
      const lang = negotiateLang(request.headers['accept-language']);
      const rows = await listThreads(deps.db, user.id);
      return { items: rows.map((t) => presentThread(t, lang)), unreadTotal: rows.reduce((n, t) => n + t.unread, 0) };
    },
  );

  app.get(
    '/api/v1/threads/:id/messages',
    {
      schema: {
        tags: ['messages'],
        summary: 'Messages of a thread I take part in (marks them read)',
        params: IdParams,
        response: { 200: ThreadMessages },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const lang = negotiateLang(request.headers['accept-language']);
      const { thread, messages } = await readThread(deps.db, {
        userId: user.id,
        threadId: uuidOr404(request.params.id),
        now: deps.clock(),
      });
      const files = await attachmentsOf(deps.db, { message_ids: messages.map((m) => Number(m.id)) });
      return {
        thread: presentThread(thread, lang),
        items: messages.map((m) => ({
          id: String(m.id),
          // A message staff removed keeps its place in the thread, without its words or files.
          body: m.removed_at ? '' : m.body,
          removedByStaff: m.removed_at !== null,
          attachments: m.removed_at ? [] : files.filter((f) => f.message_id === Number(m.id)).map(presentAttachment),
          createdAt: m.created_at.toISOString(),
          sender: {
            ...presentParty({ username: m.username, displayName: m.display_name, status: m.status }, lang),
            isMe: m.sender_id === user.id,
          },
        })),
      };
    },
  );

  app.post(
    '/api/v1/threads/:id/messages',
    {
      config: { screening: 'message' },
      schema: { tags: ['messages'], summary: 'Send a message', params: IdParams, body: SendMessageBody, response: { 201: Ok } },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      await sendMessage(deps, { senderId: user.id, threadId: uuidOr404(request.params.id), ...request.body });
      return reply.code(201).send({ ok: true as const });
    },
  );
}
