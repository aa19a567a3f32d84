// The tables of skill services (出品): services, their packages, paid options and images.
import type { ColumnType, Generated } from 'kysely';
import type { ServiceStatus } from '../../../domain/services/process';
import type { Int, Json, NullableTimestamp, Timestamp } from './columns';

export type ServiceHiddenReason = 'seller' | 'withdrawal' | 'staff';

export interface ServiceFaqRow {
  question: string;
  answer: string;
}

export interface ServicesTable {
  id: Generated<string>;
  seller_id: string;
  /** Whether the seller is an active member: kept by a trigger on users (migration 0030). */
  seller_active: Generated<boolean>;
  status: ColumnType<ServiceStatus, ServiceStatus | undefined, ServiceStatus>;
  hidden_reason: ColumnType<ServiceHiddenReason | null, ServiceHiddenReason | null | undefined, ServiceHiddenReason | null>;
  title: string;
  category: string;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  description: string;
  faq: Json<ServiceFaqRow[]>;
  buyer_request: ColumnType<string, string | undefined, string>;
  capacity: Int;
  acceptance_days: Int;
  price_from: number;
  delivery_days_from: number;
  /** numeric(3,2): the drivers give it as text. */
  rating_average: ColumnType<string | null, number | string | null | undefined, number | string | null>;
  rating_count: Int;
  orders_completed: Int;
  version: Int;
  search_text: ColumnType<string, string | undefined, string>;
  search_tokens: ColumnType<string[], string[] | undefined, string[]>;
  published_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ServicePackagesTable {
  id: Generated<string>;
  service_id: string;
  position: number;
  name: string;
  price: number;
  delivery_days: number;
  revisions: number;
  includes: ColumnType<string, string | undefined, string>;
  removed_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface ServiceOptionsTable {
  id: Generated<string>;
  service_id: string;
  position: number;
  title: string;
  price: number;
  extra_days: number;
  removed_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface ServiceImagesTable {
  attachment_id: string;
  service_id: string;
  position: number;
}
