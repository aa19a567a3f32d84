// A member's TOTP second factor and recovery codes. The secret is stored sealed
// (security/vault.ts, purpose 'second-factor-v1'); recovery codes as keyed hashes.
import { recoveryCodeHash } from '../../security/totp';
import { seal, unseal } from '../../security/vault';
import type { Db } from '../database';

export interface SecondFactorState {
  enabledAt: Date | null;
  pendingAt: Date | null;
  recoveryCodesLeft: number;
}

export async function secondFactorState(db: Db, userId: string): Promise<SecondFactorState> {
  const row = await db
    .selectFrom('second_factors')
    .select(['enabled_at', 'pending_at'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  const left = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { enabledAt: row?.enabled_at ?? null, pendingAt: row?.pending_at ?? null, recoveryCodesLeft: Number(left.n) };
}

/** The enabled secret and the last accepted step, or null when the factor is off. */
export async function enabledSecret(
  db: Db,
  key: string,
  userId: string,
  lock = false,
): Promise<{ secret: string; lastStep: number | null } | null> {
  let query = db.selectFrom('second_factors').select(['secret_sealed', 'last_step']).where('user_id', '=', userId);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row?.secret_sealed) return null;
  return {
    secret: unseal<string>(key, row.secret_sealed, 'second-factor-v1'),
    lastStep: row.last_step === null ? null : Number(row.last_step),
  };
}

/** The secret awaiting its first code (taken FOR UPDATE with `lock`), or null. */
export async function pendingSecret(
  db: Db,
  key: string,
  userId: string,
  lock = false,
): Promise<{ secret: string; pendingAt: Date } | null> {
  let query = db.selectFrom('second_factors').select(['pending_sealed', 'pending_at']).where('user_id', '=', userId);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row?.pending_sealed || !row.pending_at) return null;
  return { secret: unseal<string>(key, row.pending_sealed, 'second-factor-v1'), pendingAt: row.pending_at };
}

export async function savePendingSecret(db: Db, key: string, userId: string, secret: string, now: Date): Promise<void> {
  const sealed = seal(key, secret, 'second-factor-v1');
  await db
    .insertInto('second_factors')
    .values({ user_id: userId, pending_sealed: sealed, pending_at: now, updated_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ pending_sealed: sealed, pending_at: now, updated_at: now }))
    .execute();
}

/** The pending secret becomes the enabled one; the code's step counts as used. */
export async function enableSecret(db: Db, key: string, userId: string, secret: string, step: number, now: Date) {
  await db
    .updateTable('second_factors')
    .set({
      secret_sealed: seal(key, secret, 'second-factor-v1'),
      enabled_at: now,
      pending_sealed: null,
      pending_at: null,
      last_step: step,
      updated_at: now,
    })
    .where('user_id', '=', userId)
    .execute();
}

/** Compare-and-set: true when `step` is later than the last one used (a code is never accepted twice). */
export async function claimStep(db: Db, userId: string, step: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('second_factors')
    .set({ last_step: step, updated_at: now })
    .where('user_id', '=', userId)
    .where('secret_sealed', 'is not', null)
    .where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', String(step))]))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Uses one recovery code; false when it is not one of the member's unused codes. */
export async function useRecoveryCode(db: Db, key: string, userId: string, code: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('code_hash', '=', recoveryCodeHash(key, userId, code))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Replaces every recovery code of the member with `codes`. */
export async function replaceRecoveryCodes(db: Db, key: string, userId: string, codes: string[], now: Date): Promise<void> {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('recovery_codes')
    .values(codes.map((code) => ({ user_id: userId, code_hash: recoveryCodeHash(key, userId, code), created_at: now })))
    .execute();
}

export async function removeSecondFactor(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('second_factors').where('user_id', '=', userId).execute();
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
}
