import { SignJWT, base64url } from 'jose';
import { AccessTokenSigner, generateSigningKeyPem, keyResolver, verifyAccessToken } from './access-tokens';

describe('access tokens', () => {
  const claims = { sub: '5f0c6a4e-8d2a-4d8e-9d55-0f7a1c1b2a3d', aud: 'hq' as const, sid: 's1', tenant: 'org-1', permissions: ['clients.manage'] };
  let signer: AccessTokenSigner;

  beforeAll(async () => {
    signer = await AccessTokenSigner.fromPem(generateSigningKeyPem().privateKeyPem, 'k1', 900);
  });

  it('round-trips the claims for the right audience', async () => {
    const { token } = await signer.sign(claims);
    const verified = await verifyAccessToken(token, keyResolver(signer.jwks), 'hq');
    expect(verified).toMatchObject({ sub: claims.sub, sid: 's1', tenant: 'org-1', permissions: ['clients.manage'] });
  });

  it('exposes when the token was issued, to the millisecond', async () => {
    const before = Date.now() / 1000;
    const { token } = await signer.sign(claims);
    const { iat, exp } = await verifyAccessToken(token, keyResolver(signer.jwks), 'hq');
    expect(iat).toBeGreaterThanOrEqual(before);
    expect(iat).toBeLessThanOrEqual(Date.now() / 1000);
    expect(exp - iat).toBeGreaterThanOrEqual(899);
  });

  it('refuses the wrong audience', async () => {
    const { token } = await signer.sign(claims);
    await expect(verifyAccessToken(token, keyResolver(signer.jwks), 'portal')).rejects.toThrow();
  });

  it('refuses alg none', async () => {
    const header = base64url.encode(JSON.stringify({ alg: 'none', kid: 'k1' }));
    const body = base64url.encode(
      JSON.stringify({ ...claims, iss: 'tailwise-identity', exp: Math.floor(Date.now() / 1000) + 60 }),
    );
    await expect(verifyAccessToken(`${header}.${body}.`, keyResolver(signer.jwks), 'hq')).rejects.toThrow();
  });

  it('refuses an expired token', async () => {
    const expired = await AccessTokenSigner.fromPem(generateSigningKeyPem().privateKeyPem, 'k1', -60);
    const { token } = await expired.sign(claims);
    await expect(verifyAccessToken(token, keyResolver(expired.jwks), 'hq')).rejects.toThrow();
  });

  it('refuses a token signed by another key with the same kid', async () => {
    const other = await AccessTokenSigner.fromPem(generateSigningKeyPem().privateKeyPem, 'k1', 900);
    const { token } = await other.sign(claims);
    await expect(verifyAccessToken(token, keyResolver(signer.jwks), 'hq')).rejects.toThrow();
  });

  it('refuses an HMAC token keyed with the public key (algorithm confusion)', async () => {
    const secret = new TextEncoder().encode(JSON.stringify(signer.jwks.keys[0]));
    const token = await new SignJWT({ sid: 's1', tenant: 'org-1' })
      .setProtectedHeader({ alg: 'HS256', kid: 'k1' })
      .setSubject(claims.sub)
      .setAudience('hq')
      .setIssuer('tailwise-identity')
      .setExpirationTime('5m')
      .sign(secret);
    await expect(verifyAccessToken(token, keyResolver(signer.jwks), 'hq')).rejects.toThrow();
  });
});
