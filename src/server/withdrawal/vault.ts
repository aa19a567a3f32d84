import { normaliseEmail } from '../../domain/accounts/email';
import { hmac } from '../security/tokens';
import type { SellerServiceTexts } from '../services/withdrawal';
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
  /** The seller's own words about their services, emptied by the withdrawal (absent in vaults sealed before services). */
  services?: SellerServiceTexts[];
}

export function emailKey(secret: string, email: string): string {
  return hmac(secret, 'former-member', normaliseEmail(email));
}
