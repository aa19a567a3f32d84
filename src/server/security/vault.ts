// Sealing personal data at rest (the withdrawal undo window, payout bank accounts, TOTP secrets):
// AES-256-GCM with a key derived from the server secret, one per purpose. Without the secret the stored bytes reveal nothing; once the
// row is purged the data is gone.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** One key per purpose, derived from the server secret. */
export type VaultPurpose = 'withdrawal-vault-v1' | 'bank-account-v1' | 'second-factor-v1';

function key(secret: string, purpose: VaultPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'yorozu', purpose, 32));
}

export function seal(secret: string, data: unknown, purpose: VaultPurpose = 'withdrawal-vault-v1'): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key(secret, purpose), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(data), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function unseal<T>(secret: string, sealed: Uint8Array, purpose: VaultPurpose = 'withdrawal-vault-v1'): T {
  const buf = Buffer.from(sealed);
  const decipher = createDecipheriv('aes-256-gcm', key(secret, purpose), buf.subarray(0, IV_BYTES));
  decipher.setAuthTag(buf.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  const text = Buffer.concat([decipher.update(buf.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  return JSON.parse(text) as T;
}
