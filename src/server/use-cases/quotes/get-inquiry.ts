// An inquiry as one of its two parties sees it: the service, both parties, every quote
// with its state now, and whether the seller may quote.
import { japanDate, QUOTE_LIMITS } from '../../../domain/quotes/quote';
import type { Inquiry } from '../../../shared/api/quotes';
import type { Deps } from '../../deps';
import { inquiryOf, quoteView } from '../../quotes/quotes';
import { findThreadId } from '../../threads/threads';

export interface GetInquiryInput {
  viewerId: string;
  inquiryId: string;
}

export interface PartyRow {
  username: string;
  displayName: string | null;
  status: string;
}

/** The inquiry with its parties as rows (the presenter names them in the reader's language). */
export type InquiryData = Omit<Inquiry, 'buyer' | 'seller'> & { buyer: PartyRow; seller: PartyRow };

export async function getInquiry(deps: Deps, input: GetInquiryInput): Promise<InquiryData> {
  const db = deps.db;
  const now = deps.clock();
  const inquiry = await inquiryOf(db, input.inquiryId, input.viewerId);
  const [service, parties, quotes, threadId] = await Promise.all([
    db.selectFrom('services').select(['id', 'title', 'status']).where('id', '=', inquiry.service_id).executeTakeFirstOrThrow(),
    db
      .selectFrom('users')
      .select(['id', 'username', 'display_name', 'status'])
      .where('id', 'in', [inquiry.buyer_id, inquiry.seller_id])
      .execute(),
    db
      .selectFrom('service_quotes as q')
      .leftJoin('service_orders as o', 'o.quote_id', 'q.id')
      .leftJoin('contracts as k', 'k.service_order_id', 'o.id')
      .select([
        'q.id',
        'q.inquiry_id',
        'q.service_id',
        'q.buyer_id',
        'q.seller_id',
        'q.price',
        'q.delivery_days',
        'q.revisions',
        'q.includes',
        'q.valid_until',
        'q.expires_at',
        'q.status',
        'q.created_at',
        'q.ended_at',
        'k.id as contract_id',
      ])
      .where('q.inquiry_id', '=', inquiry.id)
      .orderBy('q.created_at', 'desc')
      .execute(),
    findThreadId(db, { type: 'inquiry', id: inquiry.id }),
  ]);
  const party = (id: string): PartyRow => {
    const p = parties.find((u) => u.id === id);
    return { username: p?.username ?? '', displayName: p?.display_name ?? null, status: p?.status ?? 'withdrawn' };
  };
  const role: Inquiry['role'] = input.viewerId === inquiry.seller_id ? 'seller' : 'buyer';
  const active = parties.length === 2 && parties.every((p) => p.status === 'active');
  return {
    id: inquiry.id,
    threadId: threadId ?? '',
    role,
    service: { id: service.id, title: service.title, status: service.status },
    buyer: party(inquiry.buyer_id),
    seller: party(inquiry.seller_id),
    quotes: quotes.map((q) => quoteView(q, input.viewerId, now, deps.config.fees)),
    canQuote: role === 'seller' && service.status === 'published' && active,
    validUntil: {
      min: japanDate(now),
      default: japanDate(now, QUOTE_LIMITS.validDaysDefault),
      max: japanDate(now, QUOTE_LIMITS.validDaysMax),
    },
  };
}
