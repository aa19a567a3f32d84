// Creates a staff account (or gives an existing account a staff role) from the operator
// CLI. Staff accounts are verified at once: the operator vouches for the address.
import { normaliseEmail } from '../../../domain/accounts/email';
import { checkUsername, normaliseUsername } from '../../../domain/accounts/username';
import { AppError } from '../../../domain/errors';
import type { StaffRole } from '../../../shared/labels';
import { recordAudit } from '../../db/repositories/audit';
import { findCredentialsByEmail } from '../../db/repositories/users';
import type { Deps } from '../../deps';
import { assertAcceptablePassword, hashPassword } from '../../security/passwords';

export interface CreateStaffInput {
  email: string;
  username: string;
  displayName: string;
  password: string;
  role: StaffRole;
}

export async function createStaff(deps: Deps, input: CreateStaffInput): Promise<{ userId: string; created: boolean }> {
  const email = normaliseEmail(input.email);
  const username = normaliseUsername(input.username);
  const now = deps.clock();
  const existing = await findCredentialsByEmail(deps.db, email);
  if (existing) {
    await deps.db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ staff_role: input.role, updated_at: now }).where('id', '=', existing.id).execute();
      await recordAudit(trx, {
        actorUserId: null,
        action: 'staff.role_granted',
        subjectType: 'user',
        subjectId: existing.id,
        data: { role: input.role, via: 'cli' },
        now,
      });
    });
    return { userId: existing.id, created: false };
  }
  // Staff names like "support_tanaka" are fine; only the format is checked here.
  if (checkUsername(username) === 'username-invalid') throw AppError.field('/username', 'username-invalid');
  assertAcceptablePassword(input.password, '/password', { email, username });
  const passwordHash = await hashPassword(input.password);
  return deps.db.transaction().execute(async (trx) => {
    const user = await trx
      .insertInto('users')
      .values({
        username,
        email,
        password_hash: passwordHash,
        display_name: input.displayName,
        staff_role: input.role,
        email_verified_at: now,
        terms_accepted_at: now,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('profiles').values({ user_id: user.id, updated_at: now }).execute();
    await recordAudit(trx, {
      actorUserId: null,
      action: 'staff.created',
      subjectType: 'user',
      subjectId: user.id,
      data: { role: input.role, via: 'cli' },
      now,
    });
    return { userId: user.id, created: true };
  });
}
