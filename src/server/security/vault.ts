// Sealing personal data for the withdrawal undo window: AES-256-GCM with a key derived
// from the server secret. Without the secret the stored bytes reveal nothing; once the
// row is purged the data is gone.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

function key(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'yorozu', 'withdrawal-vault-v1', 32));
}

export function seal(secret: string, data: unknown): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key(secret), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(data), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function unseal<T>(secret: string, sealed: Uint8Array): T {
  const buf = Buffer.from(sealed);
  const decipher = createDecipheriv('aes-256-gcm', key(secret), buf.subarray(0, IV_BYTES));
  decipher.setAuthTag(buf.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  const text = Buffer.concat([decipher.update(buf.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  return JSON.parse(text) as T;
}
