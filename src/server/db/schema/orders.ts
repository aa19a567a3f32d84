// The tables of service orders (取引): the terms bought, copied from the service; quote
// requests and quotes (見積り); and the tips (おひねり) on an order.
import type { ColumnType, Generated } from 'kysely';
import type { DepositMethod } from '../../../domain/deposits/process';
import type { QuoteStatus } from '../../../domain/quotes/quote';
import type { DateColumn, Json, NullableTimestamp, Timestamp } from './columns';

/** A paid option as it was bought. */
export interface OrderedOption {
  id: string;
  title: string;
  price: number;
  extraDays: number;
}

export interface ServiceOrdersTable {
  id: Generated<string>;
  service_id: string;
  buyer_id: string;
  seller_id: string;
  service_title: string;
  /** The package bought, or null for an order made from a quote. */
  package_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** The quote bought (見積り), or null for a package. */
  quote_id: ColumnType<string | null, string | null | undefined, string | null>;
  package_name: string;
  /** Tax included, as listed when bought. */
  package_price: number;
  delivery_days: number;
  revisions: number;
  includes: string;
  options: Json<OrderedOption[]>;
  buyer_request: string;
  /** The package and the options, tax included. */
  price: number;
  acceptance_days: number;
  delivery_date: DateColumn;
  method: DepositMethod;
  created_at: Timestamp;
}

/** An inquiry (見積り相談): one buyer asking about one service, with its thread. */
export interface ServiceInquiriesTable {
  id: Generated<string>;
  service_id: string;
  buyer_id: string;
  seller_id: string;
  created_at: Timestamp;
}

/** A quote (見積り) the seller sent in an inquiry. */
export interface ServiceQuotesTable {
  id: Generated<string>;
  inquiry_id: string;
  service_id: string;
  buyer_id: string;
  seller_id: string;
  /** Tax included. */
  price: number;
  delivery_days: number;
  revisions: number;
  includes: string;
  /** YYYY-MM-DD, Japan: the last day it can be bought. */
  valid_until: DateColumn;
  /** The end of `valid_until` in Japan. */
  expires_at: Timestamp;
  status: ColumnType<QuoteStatus, QuoteStatus | undefined, QuoteStatus>;
  ended_at: NullableTimestamp;
  created_at: Timestamp;
}

/** A tip (おひねり) the buyer of an order sends its seller, with the service fees on both sides. */
export interface ServiceTipsTable {
  id: Generated<string>;
  order_id: string;
  contract_id: string;
  buyer_id: string;
  seller_id: string;
  /** The tip, tax included. */
  amount: number;
  buyer_fee: number;
  buyer_fee_tax: number;
  /** What the buyer pays: amount + buyer_fee + buyer_fee_tax. */
  total: number;
  seller_fee: number;
  seller_fee_tax: number;
  /** What reaches the seller: amount − seller_fee − seller_fee_tax. */
  seller_net: number;
  message: string | null;
  method: DepositMethod;
  created_at: Timestamp;
  /** When the money arrived; null while a bank transfer is awaited (or was called off). */
  paid_at: ColumnType<Date | null, Date | null | undefined, Date>;
}
