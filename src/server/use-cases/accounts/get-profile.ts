import type { Profile } from '../../../shared/api/accounts';
import type { Db } from '../../db/database';

const EMPTY: Profile = {
  bio: '',
  skills: [],
  occupation: null,
  hoursPerWeek: null,
  homeOnly: false,
  timesOfDay: [],
  prefecture: null,
  portfolioLinks: [],
  entityType: 'individual',
  invoiceNumber: null,
  updatedAt: null,
};

export async function getProfile(db: Db, userId: string): Promise<Profile> {
  const row = await db
    .selectFrom('profiles')
    .select([
      'bio',
      'skills',
      'occupation',
      'hours_per_week',
      'home_only',
      'times_of_day',
      'prefecture',
      'portfolio_links',
      'entity_type',
      'invoice_number',
      'updated_at',
    ])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return EMPTY;
  return {
    bio: row.bio,
    skills: row.skills,
    occupation: row.occupation as Profile['occupation'],
    hoursPerWeek: row.hours_per_week,
    homeOnly: row.home_only,
    timesOfDay: row.times_of_day as Profile['timesOfDay'],
    prefecture: row.prefecture,
    portfolioLinks: row.portfolio_links,
    entityType: row.entity_type,
    invoiceNumber: row.invoice_number,
    updatedAt: row.updated_at.toISOString(),
  };
}
