// Forward-only migrations, applied in name order. A released migration is never edited:
// add a new one.
import type { Migration } from 'kysely';
import * as m0001 from './0001_accounts';
import * as m0002 from './0002_withdrawal';
import * as m0003 from './0003_jobs';
import * as m0004 from './0004_applications';
import * as m0005 from './0005_offers';
import * as m0006 from './0006_attachments_entries';
import * as m0007 from './0007_contracts_ledger';
import * as m0008 from './0008_bank_accounts';
import * as m0009 from './0009_payouts';
import * as m0010 from './0010_scheduled_withdrawals';
import * as m0011 from './0011_task_competition_money';
import * as m0012 from './0012_ledger_balance_slots';
import * as m0013 from './0013_outbox_relay';
import * as m0014 from './0014_acceptance_timer';
import * as m0015 from './0015_money_bigint';
import * as m0016 from './0016_task_worker_limit';
import * as m0017 from './0017_secret_mail_password_throttle';
import * as m0020 from './0020_search_folding';
import * as m0021 from './0021_notification_params';
import * as m0022 from './0022_services';
import * as m0023 from './0023_service_orders';
import * as m0024 from './0024_discovery';
import * as m0025 from './0025_service_reviews';
import * as m0026 from './0026_service_quotes';
import * as m0027 from './0027_service_tips';
import * as m0028 from './0028_saved_searches';
import * as m0029 from './0029_audit_reading';
import * as m0030 from './0030_service_seller_active';
import * as m0031 from './0031_held_items';
import * as m0032 from './0032_contact_requests';
import * as m0033 from './0033_moderation';
import * as m0035 from './0035_member_blocks';
import * as m0036 from './0036_member_flags';
import * as m0037 from './0037_staff_console';
import * as m0038 from './0038_second_factor';
import * as m0040 from './0040_invoice_registration';
import * as m0042 from './0042_payment_provider';
import * as m0044 from './0044_automatic_payouts';
import * as m0045 from './0045_consultations';

export const migrations: Record<string, Migration> = {
  '0001_accounts': m0001,
  '0002_withdrawal': m0002,
  '0003_jobs': m0003,
  '0004_applications': m0004,
  '0005_offers': m0005,
  '0006_attachments_entries': m0006,
  '0007_contracts_ledger': m0007,
  '0008_bank_accounts': m0008,
  '0009_payouts': m0009,
  '0010_scheduled_withdrawals': m0010,
  '0011_task_competition_money': m0011,
  '0012_ledger_balance_slots': m0012,
  '0013_outbox_relay': m0013,
  '0014_acceptance_timer': m0014,
  '0015_money_bigint': m0015,
  '0016_task_worker_limit': m0016,
  '0017_secret_mail_password_throttle': m0017,
  '0020_search_folding': m0020,
  '0021_notification_params': m0021,
  '0022_services': m0022,
  '0023_service_orders': m0023,
  '0024_discovery': m0024,
  '0025_service_reviews': m0025,
  '0026_service_quotes': m0026,
  '0027_service_tips': m0027,
  '0028_saved_searches': m0028,
  '0029_audit_reading': m0029,
  '0030_service_seller_active': m0030,
  '0037_staff_console': m0037,
  '0035_member_blocks': m0035,
  '0036_member_flags': m0036,
  '0033_moderation': m0033,
  '0031_held_items': m0031,
  '0032_contact_requests': m0032,
  '0038_second_factor': m0038,
  '0040_invoice_registration': m0040,
  '0042_payment_provider': m0042,
  '0044_automatic_payouts': m0044,
  '0045_consultations': m0045,
};
