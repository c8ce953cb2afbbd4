import {
  SignJWT,
  createLocalJWKSet,
  exportJWK,
  importPKCS8,
  jwtVerify,
  type JSONWebKeySet,
  type JWTPayload,
  type KeyLike,
} from 'jose';
import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';

/** The only algorithm accepted: a token naming any other (including `none`) is refused. */
export const ACCESS_TOKEN_ALG = 'EdDSA';
export const TOKEN_ISSUER = 'tailwise-identity';
export type Audience = 'hq' | 'portal';

export interface AccessTokenClaims {
  /** Staff user id or portal user id. */
  sub: string;
  aud: Audience;
  /** Session (refresh-token family) id, so a revoked session's tokens can be refused. */
  sid: string;
  /** Staff: the organization. Portal: the portal account. */
  tenant: string;
  permissions: string[];
  /** The user's display name, for "who did this" in histories. */
  name?: string;
}

export interface VerifiedAccessToken extends AccessTokenClaims {
  exp: number;
  /** Issued at (seconds): tokens issued before a user's access changed are refused. */
  iat: number;
}

export class AccessTokenSigner {
  private constructor(
    private readonly privateKey: KeyLike,
    private readonly keyId: string,
    private readonly ttlSeconds: number,
    readonly jwks: JSONWebKeySet,
  ) {}

  static async fromPem(privateKeyPem: string, keyId: string, ttlSeconds: number): Promise<AccessTokenSigner> {
    const privateKey = await importPKCS8(privateKeyPem, ACCESS_TOKEN_ALG);
    const publicJwk = await exportJWK(createPublicKey(createPrivateKey(privateKeyPem)));
    const jwks = { keys: [{ ...publicJwk, kid: keyId, alg: ACCESS_TOKEN_ALG, use: 'sig' }] };
    return new AccessTokenSigner(privateKey, keyId, ttlSeconds, jwks);
  }

  async sign(claims: AccessTokenClaims): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.ttlSeconds * 1000);
    const token = await new SignJWT({ sid: claims.sid, tenant: claims.tenant, permissions: claims.permissions, name: claims.name })
      .setProtectedHeader({ alg: ACCESS_TOKEN_ALG, kid: this.keyId, typ: 'at+jwt' })
      .setSubject(claims.sub)
      .setAudience(claims.aud)
      .setIssuer(TOKEN_ISSUER)
      // Millisecond precision (RFC 7519 allows a fractional NumericDate): the gateway refuses
      // tokens issued before a user's permissions changed, and whole seconds would keep a
      // token issued in the very second of the change.
      .setIssuedAt(Date.now() / 1000)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.privateKey);
    return { token, expiresAt };
  }
}

export type KeyResolver = ReturnType<typeof createLocalJWKSet>;

/** Imports a key set once; verifying with the result reuses the imported keys. */
export function keyResolver(jwks: JSONWebKeySet): KeyResolver {
  return createLocalJWKSet(jwks);
}

/** Verifies access tokens against a key set, for exactly one audience. */
export async function verifyAccessToken(
  token: string,
  keys: KeyResolver,
  audience: Audience,
): Promise<VerifiedAccessToken> {
  const { payload } = await jwtVerify(token, keys, {
    algorithms: [ACCESS_TOKEN_ALG],
    audience,
    issuer: TOKEN_ISSUER,
    requiredClaims: ['sub', 'exp', 'iat', 'sid', 'tenant'],
    clockTolerance: 5,
  });
  return toClaims(payload, audience);
}

function toClaims(payload: JWTPayload, audience: Audience): VerifiedAccessToken {
  const { sub, sid, tenant, permissions, exp, iat, name } = payload as JWTPayload & Record<string, unknown>;
  if (typeof sub !== 'string' || typeof sid !== 'string' || typeof tenant !== 'string' || typeof exp !== 'number' || typeof iat !== 'number') {
    throw new Error('malformed claims');
  }
  const perms = Array.isArray(permissions) ? permissions.filter((p): p is string => typeof p === 'string') : [];
  return { sub, sid, tenant, permissions: perms, aud: audience, exp, iat, ...(typeof name === 'string' ? { name } : {}) };
}

/** A fresh Ed25519 key pair as PKCS8/SPKI PEM (dev launcher and tests). */
export function generateSigningKeyPem(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}
