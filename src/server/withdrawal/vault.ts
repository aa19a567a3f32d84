import { normaliseEmail } from '../../domain/accounts/email';
import { hmac } from '../security/tokens';
import type { getProfile } from '../use-cases/accounts/get-profile';

/** What the vault holds: enough to restore the account exactly. */
export interface VaultContents {
  email: string;
  displayName: string | null;
  passwordHash: string | null;
  emailVerifiedAt: string | null;
  intent: 'work' | 'order' | 'both';
  profile: Awaited<ReturnType<typeof getProfile>>;
  formerMemberId: number;
}

export function emailKey(secret: string, email: string): string {
  return hmac(secret, 'former-member', normaliseEmail(email));
}
