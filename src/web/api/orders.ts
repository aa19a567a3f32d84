// Buying a service (購入) and orders (取引), typed with the shared request and response
// schemas: the preview of every yen, the purchase, one order, and my orders on each side.
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Order,
  OrderList,
  OrderListQuery,
  OrderPreview,
  OrderPreviewBody,
  OrderRow,
  OrderTerms,
  PurchaseBody,
} from '../../shared/api/orders';
import type { ServiceDetail } from '../../shared/api/services';
import type { SendTipBody, Tip, TipList, TipPreview } from '../../shared/api/tips';
import { api } from './client';

export type { Order, OrderList, OrderPreview, OrderRow, OrderTerms, Tip, TipList, TipPreview };
export type SendTipInput = z.input<typeof SendTipBody>;
export type OrderChoice = z.input<typeof OrderPreviewBody>;
export type PurchaseInput = z.input<typeof PurchaseBody>;
export type OrderRole = z.infer<typeof OrderListQuery>['role'];

const servicePath = (id: string) => `/services/${encodeURIComponent(id)}`;
const orderPath = (id: string) => `/orders/${encodeURIComponent(id)}`;

export const ordersApi = {
  /** The service being bought: its packages, options and what the viewer may do. */
  service: (id: string) => api.get<ServiceDetail>(servicePath(id)),
  /** Every yen and the delivery date of a package with options, before buying. */
  preview: (serviceId: string, choice: OrderChoice) => api.post<OrderPreview>(`${servicePath(serviceId)}/order-preview`, choice),
  /** Pays into escrow and makes the order. Money moves: send the same key when retrying. */
  purchase: (serviceId: string, body: PurchaseInput, idempotencyKey: string) =>
    api.post<Order>(`${servicePath(serviceId)}/orders`, body, { idempotencyKey }),
  get: (id: string) => api.get<Order>(orderPath(id)),
  mine: (role: OrderRole) => api.get<OrderList>(`/me/orders?role=${role}`),
  /** Buyer: cancels an order not delivered by its date; the escrow comes back in full. */
  cancelLate: (id: string, idempotencyKey: string) => api.post<Order>(`${orderPath(id)}/cancel-late`, {}, { idempotencyKey }),
  /** The order's tips (おひねり) as the viewer sees them, and whether the buyer may send one. */
  tips: (id: string) => api.get<TipList>(`${orderPath(id)}/tips`),
  /** Every yen the buyer pays for a tip of `amount`. */
  tipPreview: (id: string, amount: number) => api.post<TipPreview>(`${orderPath(id)}/tip-preview`, { amount }),
  /** Buyer: sends the tip. Money moves: send the same key when retrying. */
  sendTip: (id: string, body: SendTipInput, idempotencyKey: string) =>
    api.post<TipList>(`${orderPath(id)}/tips`, body, { idempotencyKey }),
};

/** Keys: ['orders', role] for a list, ['order', id] for one order; the service as the service pages keep it. */
export const orderQueries = {
  service: (id: string) => queryOptions({ queryKey: ['services', id], queryFn: () => ordersApi.service(id) }),
  preview: (serviceId: string, choice: OrderChoice) =>
    queryOptions({ queryKey: ['order-preview', serviceId, choice], queryFn: () => ordersApi.preview(serviceId, choice) }),
  mine: (role: OrderRole) => queryOptions({ queryKey: ['orders', role], queryFn: () => ordersApi.mine(role) }),
  detail: (id: string) => queryOptions({ queryKey: ['order', id], queryFn: () => ordersApi.get(id) }),
  tips: (id: string) => queryOptions({ queryKey: ['order-tips', id], queryFn: () => ordersApi.tips(id) }),
  tipPreview: (id: string, amount: number) =>
    queryOptions({ queryKey: ['tip-preview', id, amount], queryFn: () => ordersApi.tipPreview(id, amount) }),
};
