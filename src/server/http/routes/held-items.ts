// Held items (スタッフ確認待ち): the author's own, and the staff queue (moderator, admin)
// with each item's evidence, approval and rejection.
import { MODERATORS } from '../../../domain/policies/staff';
import {
  ApproveHeldBody,
  DecideHeldResult,
  MyHeldList,
  MyHeldQuery,
  RejectHeldBody,
  StaffHeldDetail,
  StaffHeldList,
  StaffHeldQuery,
} from '../../../shared/api/screening';
import type { Deps } from '../../deps';
import { approveHeldItem, rejectHeldItem } from '../../use-cases/screening/decide-held-item';
import { getHeldItem, listHeldItems, listMyHeldItems } from '../../use-cases/screening/list-held-items';
import { IdParams, uuidOr404 } from '../params';
import { requireAuth, requireStaff } from '../plugins/auth';
import { presentHeldItem } from '../presenters/screening';
import { negotiateLang } from '../problem';
import type { App } from './types';

const staff = { auth: { staff: MODERATORS } };

export function heldItemRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/me/held-items',
    {
      schema: {
        tags: ['screening'],
        summary: 'My writes held for staff review (on one target when given: a thread shows them as スタッフ確認中)',
        querystring: MyHeldQuery,
        response: { 200: MyHeldList },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const lang = negotiateLang(request.headers['accept-language']);
      const rows = await listMyHeldItems(deps.db, { authorId: user.id, ...request.query });
      return { items: rows.map((r) => presentHeldItem(r, lang)) };
    },
  );

  staffHeldRoutes(app, deps);
  decisionRoutes(app, deps);
}

/** The queue and one item with its evidence. */
function staffHeldRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/staff/held-items',
    {
      config: staff,
      schema: {
        tags: ['staff'],
        summary: 'Held items (moderator): pending ones oldest first',
        querystring: StaffHeldQuery,
        response: { 200: StaffHeldList },
      },
    },
    async (request) => {
      requireStaff(request, MODERATORS);
      const lang = negotiateLang(request.headers['accept-language']);
      const rows = await listHeldItems(deps.db, { status: request.query.status, limit: 200 });
      return {
        items: rows.map((r) => ({ ...presentHeldItem(r, lang), author: { username: r.username, displayName: r.display_name } })),
      };
    },
  );

  app.get(
    '/api/v1/staff/held-items/:id',
    {
      config: staff,
      schema: {
        tags: ['staff'],
        summary: 'One held item with its evidence and the author’s history (moderator)',
        params: IdParams,
        response: { 200: StaffHeldDetail },
      },
    },
    async (request) => {
      requireStaff(request, MODERATORS);
      const lang = negotiateLang(request.headers['accept-language']);
      const { item, history } = await getHeldItem(deps.db, uuidOr404(request.params.id));
      return {
        item: { ...presentHeldItem(item, lang), author: { username: item.username, displayName: item.display_name } },
        authorHistory: history,
      };
    },
  );
}

/** Approve (the write is made once) or reject with a note. */
function decisionRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/staff/held-items/:id/approve',
    {
      config: staff,
      schema: {
        tags: ['staff'],
        summary: 'Approve a held item: the write is made as its author asked, once (moderator)',
        params: IdParams,
        body: ApproveHeldBody,
        response: { 200: DecideHeldResult },
      },
    },
    async (request) => {
      const { user } = requireStaff(request, MODERATORS);
      const status = await approveHeldItem(deps, {
        staffId: user.id,
        heldItemId: uuidOr404(request.params.id),
        note: request.body.note,
      });
      return { status };
    },
  );

  app.post(
    '/api/v1/staff/held-items/:id/reject',
    {
      config: staff,
      schema: {
        tags: ['staff'],
        summary: 'Reject a held item with a note the author reads (moderator)',
        params: IdParams,
        body: RejectHeldBody,
        response: { 200: DecideHeldResult },
      },
    },
    async (request) => {
      const { user } = requireStaff(request, MODERATORS);
      await rejectHeldItem(deps, { staffId: user.id, heldItemId: uuidOr404(request.params.id), note: request.body.note });
      return { status: 'rejected' as const };
    },
  );
}
