// Quotes (見積り・カスタマイズ相談), typed with the shared schemas: asking about a service,
// the inquiry with its quotes, sending and withdrawing a quote, and buying one.
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Order } from '../../shared/api/orders';
import type {
  Inquiry,
  InquiryBody,
  InquiryStarted,
  Quote,
  QuoteBody,
  QuotePreview,
  QuotePurchaseBody,
} from '../../shared/api/quotes';
import { api } from './client';

export type { Inquiry, Quote, QuotePreview };
export type QuoteInput = z.input<typeof QuoteBody>;

const quotePath = (id: string) => `/quotes/${encodeURIComponent(id)}`;
const inquiryPath = (id: string) => `/inquiries/${encodeURIComponent(id)}`;

export const quotesApi = {
  /** Buyer: asks the seller about a service with a first message (again: the same thread). */
  ask: (serviceId: string, body: z.input<typeof InquiryBody>) =>
    api.post<z.infer<typeof InquiryStarted>>(`/services/${encodeURIComponent(serviceId)}/inquiries`, body),
  inquiry: (id: string) => api.get<Inquiry>(inquiryPath(id)),
  /** Seller: sends a quote; the answer is the inquiry with it. */
  send: (inquiryId: string, body: QuoteInput) => api.post<Inquiry>(`${inquiryPath(inquiryId)}/quotes`, body),
  withdraw: (id: string) => api.post<{ ok: true }>(`${quotePath(id)}/withdraw`, {}),
  preview: (id: string) => api.post<QuotePreview>(`${quotePath(id)}/order-preview`, {}),
  /** Pays into escrow and makes the order. Money moves: send the same key when retrying. */
  purchase: (id: string, body: z.input<typeof QuotePurchaseBody>, idempotencyKey: string) =>
    api.post<Order>(`${quotePath(id)}/orders`, body, { idempotencyKey }),
};

export const quoteQueries = {
  inquiry: (id: string) => queryOptions({ queryKey: ['inquiry', id], queryFn: () => quotesApi.inquiry(id) }),
  preview: (id: string) => queryOptions({ queryKey: ['quote-preview', id], queryFn: () => quotesApi.preview(id), retry: false }),
};
