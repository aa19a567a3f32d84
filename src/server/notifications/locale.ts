// The language a member's notices and mails are written in (users.locale): set at
// registration from the browser's language, and again whenever the member switches
// language in the web app.
import type { Lang } from '../../shared/notifications';
import type { Db } from '../db/database';

export async function setNoticeLocale(db: Db, userId: string, locale: Lang): Promise<void> {
  await db.updateTable('users').set({ locale }).where('id', '=', userId).execute();
}
