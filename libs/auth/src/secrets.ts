import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: refresh, invitation, claim and reset tokens. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this digest of a token is stored, so a database leak gives no usable token. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
