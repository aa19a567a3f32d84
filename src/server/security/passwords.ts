// Password hashing with argon2id at (at least) the OWASP parameters, and the common
// password block list.
import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { checkPassword } from '../../domain/accounts/password';
import { AppError } from '../../domain/errors';

export const ARGON2_PARAMS = {
  algorithm: 2, // Algorithm.Argon2id (a const enum the bundler cannot inline)
  memoryCost: 19456, // KiB
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_PARAMS);
}

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  // Without a stored hash we still spend the same time, so that timing does not tell
  // whether an account exists.
  const target = stored ?? (await dummyHash());
  try {
    const ok = await verify(target, password);
    return stored !== null && ok;
  } catch {
    return false;
  }
}

let dummy: Promise<string> | null = null;
function dummyHash(): Promise<string> {
  dummy ??= hash('yorozu-timing-equaliser', ARGON2_PARAMS);
  return dummy;
}

let common: Set<string> | null = null;
/** True for passwords on the common-password list (compared lower-case). */
export function isCommonPassword(lowered: string): boolean {
  if (!common) {
    const words = dictionary['passwords-common'] as string[];
    common = new Set(words.filter((w) => w.length >= 8).map((w) => w.toLowerCase()));
    for (const extra of JAPANESE_COMMON) common.add(extra);
  }
  return common.has(lowered);
}

// Patterns often seen in Japanese password leaks that the English list lacks.
const JAPANESE_COMMON = [
  'yorozu123',
  'yorozu1234',
  'crowdworks',
  'lancers1',
  'qwertyuiop',
  'password1234',
  'sakura123',
  'sakura1234',
  'doraemon',
  'pokemon1',
  'pikachu1',
  'tokyo2020',
  'nihon123',
  'nippon123',
  'arigatou',
  'aiueo123',
  'asdfghjkl',
];

/** Throws a field error at `pointer` when the password breaks a rule. */
export function assertAcceptablePassword(
  password: string,
  pointer: string,
  context: { email?: string; username?: string } = {},
): void {
  const issue = checkPassword(password, { isCommon: isCommonPassword, ...context });
  if (issue) throw AppError.field(pointer, issue);
}
