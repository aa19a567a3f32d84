// The tables of service orders (取引): the terms bought, copied from the service, and the tips (おひねり) on an order.
import type { ColumnType, Generated } from 'kysely';
import type { DepositMethod } from '../../../domain/deposits/process';
import type { DateColumn, Json, Timestamp } from './columns';

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
  package_id: string;
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
