// A member's qualified-invoice registration number (適格請求書発行事業者登録番号): "T" and 13
// digits, kept normalised. It lives on the profile, so withdrawal erases it with the rest.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table profiles add column invoice_number text`.execute(db);
  await sql`alter table profiles add constraint profiles_invoice_number_format check (invoice_number ~ '^T[0-9]{13}$')`.execute(
    db,
  );
}
