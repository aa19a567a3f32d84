// The table of service orders (取引): the terms bought, copied from the service.
import type { Generated } from 'kysely';
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
