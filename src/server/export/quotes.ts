// The export's quotes section: the inquiries the member made or received about a service
// (their messages are under threads) and every quote in them, on either side.
import type { Db } from '../db/database';
import { QUOTE_COLUMNS } from '../db/repositories/locks';
import { plain } from './rows';

export async function exportQuotes(db: Db, userId: string) {
  const [inquiries, quotes] = await Promise.all([
    db
      .selectFrom('service_inquiries')
      .select(['id', 'service_id', 'buyer_id', 'seller_id', 'created_at'])
      .where((eb) => eb.or([eb('buyer_id', '=', userId), eb('seller_id', '=', userId)]))
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('service_quotes')
      .select([...QUOTE_COLUMNS, 'ended_at', 'created_at'])
      .where((eb) => eb.or([eb('buyer_id', '=', userId), eb('seller_id', '=', userId)]))
      .orderBy('created_at')
      .execute(),
  ]);
  const side = (row: { buyer_id: string }) => (row.buyer_id === userId ? 'buyer' : 'seller');
  return {
    inquiries: inquiries.map(({ buyer_id, seller_id: _, ...rest }) => ({ ...plain(rest), role: side({ buyer_id }) })),
    quotes: quotes.map(({ buyer_id, seller_id: _, ...rest }) => ({ ...plain(rest), role: side({ buyer_id }) })),
  };
}
