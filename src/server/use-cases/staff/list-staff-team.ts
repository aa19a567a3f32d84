// The staff team for admins: every account with a role, whether it has a second factor,
// when it last signed in, and whether the invitation's password is still unset.
import type { Db } from '../../db/database';

export async function listStaffTeam(db: Db, viewerId: string) {
  const rows = await db
    .selectFrom('users as u')
    .leftJoin('second_factors as f', 'f.user_id', 'u.id')
    .select((eb) => [
      'u.id',
      'u.username',
      'u.display_name',
      'u.email',
      'u.staff_role',
      'u.password_hash',
      'f.enabled_at',
      eb
        .selectFrom('sessions as s')
        .select((s) => s.fn.max('s.created_at').as('at'))
        .whereRef('s.user_id', '=', 'u.id')
        .as('last_sign_in'),
    ])
    .where('u.staff_role', 'is not', null)
    .orderBy('u.username')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name ?? r.username,
    email: r.email ?? '',
    role: r.staff_role ?? 'support',
    secondFactor: r.enabled_at !== null,
    lastSignInAt: r.last_sign_in ? new Date(r.last_sign_in).toISOString() : null,
    invited: r.password_hash === null,
    self: r.id === viewerId,
  }));
}
