// An admin creates a staff account from the console (/staff/team). The address is
// trusted (verified at once) but no password is chosen for the member: they get a
// single-use link to set one (the password reset token, valid INVITE_HOURS), and must
// enrol a second factor at their first login. The CLI's create-staff stays for the first admin.
import { normaliseEmail } from '../../../domain/accounts/email';
import { normaliseUsername } from '../../../domain/accounts/username';
import { AppError } from '../../../domain/errors';
import type { StaffRole } from '../../../domain/policies/staff';
import { isUniqueViolation } from '../../db/errors';
import { recordAudit } from '../../db/repositories/audit';
import { issueAuthToken } from '../../db/repositories/auth-tokens';
import { enqueueMail } from '../../db/repositories/outbox';
import type { Deps } from '../../deps';

export const INVITE_HOURS = 72;
const ROLE_NAMES: Record<StaffRole, string> = {
  support: 'サポート',
  finance: '経理',
  moderator: 'モデレーター',
  admin: '管理者',
};

export interface CreateStaffMemberInput {
  actorId: string;
  email: string;
  username: string;
  displayName: string;
  role: StaffRole;
}

export async function createStaffMember(deps: Deps, input: CreateStaffMemberInput): Promise<{ userId: string }> {
  try {
    return await insertStaffMember(deps, input);
  } catch (error) {
    // Two creations racing for one name or address: the loser is told as by the check.
    if (isUniqueViolation(error, 'users_username_key')) throw AppError.field('/username', 'username-taken');
    if (isUniqueViolation(error, 'users_email_key')) throw AppError.field('/email', 'email-taken');
    throw error;
  }
}

async function insertStaffMember(deps: Deps, input: CreateStaffMemberInput): Promise<{ userId: string }> {
  const email = normaliseEmail(input.email);
  const username = normaliseUsername(input.username);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('users')
      .select(['email', 'username'])
      .where((eb) => eb.or([eb('email', '=', email), eb('username', '=', username)]))
      .execute();
    const problems = [];
    if (taken.some((t) => t.email === email)) problems.push({ pointer: '/email', code: 'email-taken' as const });
    if (taken.some((t) => t.username === username)) problems.push({ pointer: '/username', code: 'username-taken' as const });
    if (problems.length > 0) throw new AppError('validation-failed', {}, problems);
    const user = await trx
      .insertInto('users')
      .values({
        username,
        email,
        password_hash: null,
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
    const token = await issueAuthToken(trx, { userId: user.id, kind: 'reset_password', now, ttlMinutes: INVITE_HOURS * 60 });
    await enqueueMail(trx, {
      now,
      to: email,
      userId: user.id,
      template: 'staff_invite',
      vars: {
        displayName: input.displayName,
        role: ROLE_NAMES[input.role],
        link: `${deps.config.publicUrl}/reset-password?token=${token}`,
        hours: INVITE_HOURS,
      },
    });
    await recordAudit(trx, {
      actorUserId: input.actorId,
      action: 'staff.created',
      subjectType: 'user',
      subjectId: user.id,
      data: { role: input.role, via: 'console' },
      now,
    });
    return { userId: user.id };
  });
}
