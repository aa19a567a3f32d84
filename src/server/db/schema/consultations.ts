// The consultation desk (相談窓口): a member's consultation with staff, and staff's answer.
import type { ColumnType, Generated } from 'kysely';
import type { ConsultationCategory, ConsultationStatus } from '../../../domain/consultations/consultation';
import type { NullableTimestamp, Timestamp } from './columns';

export interface ConsultationsTable {
  id: Generated<string>;
  member_id: string;
  category: ConsultationCategory;
  description: string;
  /** The member's contract (or service order's contract) it is about, if named. */
  contract_id: string | null;
  status: ColumnType<ConsultationStatus, ConsultationStatus | undefined, ConsultationStatus>;
  /** Staff's answer, which the member reads. */
  answer: string | null;
  answered_by: string | null;
  answered_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}
