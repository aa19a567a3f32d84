// Refusing to deal with a suspended member (see suspended.ts).
import { AppError } from '../../domain/errors';
import type { ProblemCode } from '../../domain/problem-codes';
import type { Db } from '../db/database';
import { isSuspended } from './suspended';

/**
 * Refuses dealing with a suspended member, with the code the caller's action uses for an
 * unavailable other party (seller-unavailable, client-unavailable, worker-unavailable).
 */
export async function assertAvailable(db: Db, userId: string, code: ProblemCode, now: Date): Promise<void> {
  if (await isSuspended(db, userId, now)) throw new AppError(code);
}
