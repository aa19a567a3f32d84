// Buying a service (購入) and its orders (取引): the preview, the purchase, one order, my
// orders on either side, and the buyer's cancel of an order delivered late.
import { Order, OrderList, OrderListQuery, OrderPreview, OrderPreviewBody, PurchaseBody } from '../../../shared/api/orders';
import type { Deps } from '../../deps';
import { cancelLateOrder } from '../../use-cases/orders/cancel-late-order';
import { getOrder } from '../../use-cases/orders/get-order';
import { listMyOrders } from '../../use-cases/orders/list-my-orders';
import { placeOrder } from '../../use-cases/orders/place-order';
import { previewOrder } from '../../use-cases/orders/preview-order';
import { idempotent } from '../idempotency';
import { IdParams, uuidOr404 } from '../params';
import { requireAuth } from '../plugins/auth';
import type { App } from './types';

const tags = ['orders'];

export function orderRoutes(app: App, deps: Deps) {
  purchaseRoutes(app, deps);
  myOrderRoutes(app, deps);
}

/** The preview of a purchase and the purchase itself. */
function purchaseRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/services/:id/order-preview',
    {
      schema: {
        tags,
        summary: 'Every yen and the delivery date of a package with options, before buying',
        params: IdParams,
        body: OrderPreviewBody,
        response: { 200: OrderPreview },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      return previewOrder(deps, { buyerId: user.id, serviceId: uuidOr404(request.params.id), ...request.body });
    },
  );

  app.post(
    '/api/v1/services/:id/orders',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Buy a package with options: pays into escrow and makes the order; Idempotency-Key',
        params: IdParams,
        body: PurchaseBody,
        response: { 201: Order },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const serviceId = uuidOr404(request.params.id);
      return idempotent(deps, request, reply, user.id, async (d) => {
        const { orderId } = await placeOrder(d, { buyerId: user.id, serviceId, ...request.body });
        return { status: 201, body: await getOrder(d, { viewerId: user.id, orderId }) };
      });
    },
  );
}

/** One order, my orders, and the buyer's cancel of a late one. */
function myOrderRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/orders/:id',
    { schema: { tags, summary: 'One order (its buyer and seller only)', params: IdParams, response: { 200: Order } } },
    async (request) => {
      const { user } = requireAuth(request);
      return getOrder(deps, { viewerId: user.id, orderId: uuidOr404(request.params.id) });
    },
  );

  app.get(
    '/api/v1/me/orders',
    {
      schema: {
        tags,
        summary: 'Services I bought (role=buyer) or orders I took (role=seller)',
        querystring: OrderListQuery,
        response: { 200: OrderList },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      return { items: await listMyOrders(deps.db, { userId: user.id, role: request.query.role }) };
    },
  );

  app.post(
    '/api/v1/orders/:id/cancel-late',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Cancel an order not delivered by its date, with a full refund (buyer); Idempotency-Key',
        params: IdParams,
        response: { 200: Order },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const orderId = uuidOr404(request.params.id);
      return idempotent(deps, request, reply, user.id, async (d) => {
        await cancelLateOrder(d, { actorId: user.id, orderId });
        return { status: 200, body: await getOrder(d, { viewerId: user.id, orderId }) };
      });
    },
  );
}
