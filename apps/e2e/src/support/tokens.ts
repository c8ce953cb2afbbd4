import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { SignJWT, decodeJwt, decodeProtectedHeader, type JWTHeaderParameters, type JWTPayload } from 'jose';
import { e2eEnv } from './env';

/** What identity puts in `iss`; the gateway accepts no other. */
export const TOKEN_ISSUER = 'tailwise-identity';

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The header and claims of a token, unverified. */
export function inspectToken(token: string): { header: JWTHeaderParameters; payload: JWTPayload & Record<string, unknown> } {
  return {
    header: decodeProtectedHeader(token) as JWTHeaderParameters,
    payload: decodeJwt(token) as JWTPayload & Record<string, unknown>,
  };
}

/** The run's real signing key (a throwaway made by global setup, never a deployed one). */
export function serverSigningKey(): KeyObject {
  return createPrivateKey(e2eEnv('authPrivateKey'));
}

/** An Ed25519 key the system has never seen. */
export function foreignSigningKey(): KeyObject {
  return generateKeyPairSync('ed25519').privateKey;
}

/** Signs exactly these claims (nothing added) with exactly this header. */
export function signToken(key: KeyObject | Uint8Array, header: JWTHeaderParameters, claims: JWTPayload): Promise<string> {
  return new SignJWT(claims).setProtectedHeader(header).sign(key);
}

/**
 * Claims shaped like a real token's, from a real token, valid for another 10 minutes unless
 * overridden.
 */
export function claimsLike(realToken: string, overrides: JWTPayload & Record<string, unknown> = {}): JWTPayload {
  const now = Math.floor(Date.now() / 1000);
  return { ...inspectToken(realToken).payload, iat: now, exp: now + 600, ...overrides };
}

/** Re-assembles a token from its parts (to forge unsigned or tampered ones). */
export function assemble(header: unknown, payload: unknown, signature: string): string {
  return `${base64url(header)}.${base64url(payload)}.${signature}`;
}
