import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNowhereInClear, sha256, withDatabase } from '../support/database';
import { expectError } from '../support/http';
import { newOrganization, signUp } from '../support/organizations';
import { hqRefresh, hqSignIn, refreshTokenOf } from '../support/sessions';
import { bearer, claimsLike, inspectToken, serverSigningKey, signToken } from '../support/tokens';

// Tenancy: a token of one organization never yields another's data. Only `me` exists so far;
// each later issue that adds a tenant-scoped resource (clients, pets, appointments, chats,
// staff, ...) extends this file: create it in A, then read, list, update and delete it with
// B's token and expect 404 (never A's data), and check lists under B never include it.


async function me(request: APIRequestContext, token: string) {
  const res = await request.get('/api/hq/me', { headers: bearer(token) });
  expect(res.status()).toBe(200);
  return res.json() as Promise<{ user: { id: string; email: string }; organization: { id: string; name: string }; clinics: { id: string; name: string }[] }>;
}

test.describe('two organizations', () => {
  test("B's admin token yields B's organization only, never A's", async ({ request }) => {
    const a = await signUp(request, newOrganization());
    const b = await signUp(request, newOrganization());
    const meA = await me(request, a.accessToken);
    const meB = await me(request, b.accessToken);

    expect(meB.organization).toEqual({ id: expect.any(String), name: b.organizationName });
    expect(meB.user.email).toBe(b.email);
    expect(meB.clinics.map((c) => c.name)).toEqual([b.clinicName]);
    expect(meB.organization.id).not.toBe(meA.organization.id);

    const textB = JSON.stringify(meB);
    for (const secretOfA of [meA.organization.id, meA.user.id, a.organizationName, a.clinicName, a.email, ...meA.clinics.map((c) => c.id)]) {
      expect(textB).not.toContain(secretOfA);
    }
    // And A still sees A.
    expect(meA.organization.name).toBe(a.organizationName);
  });

  test("a correctly signed token mixing B's user with A's organization gets 404, never data", async ({ request }) => {
    // The gateway trusts the token's tenant; identity must still scope by it and by the user.
    const a = await signUp(request, newOrganization());
    const b = await signUp(request, newOrganization());
    const { header } = inspectToken(b.accessToken);
    const tokenA = inspectToken(a.accessToken).payload;
    const key = serverSigningKey();
    const mixed = [
      claimsLike(b.accessToken, { tenant: tokenA['tenant'] }),
      claimsLike(a.accessToken, { sub: inspectToken(b.accessToken).payload.sub }),
    ];
    for (const claims of mixed) {
      const res = await request.get('/api/hq/me', { headers: bearer(await signToken(key, { alg: 'EdDSA', kid: header.kid, typ: 'at+jwt' }, claims)) });
      const body = await expectError(res, 404, 'NOT_FOUND');
      expect(JSON.stringify(body)).not.toContain(a.organizationName);
      expect(JSON.stringify(body)).not.toContain(b.organizationName);
    }
  });

  test("B's token with A's organization written into it (unsigned change) is 401", async ({ request }) => {
    const a = await signUp(request, newOrganization());
    const b = await signUp(request, newOrganization());
    const [header, payload, signature] = b.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    claims['tenant'] = inspectToken(a.accessToken).payload['tenant'];
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    await expectError(await request.get('/api/hq/me', { headers: bearer(forged) }), 401, 'UNAUTHENTICATED');
  });
});

test.describe('secrets at rest', () => {
  test('refresh tokens are stored only as their SHA-256, passwords only as argon2id', async ({ request }) => {
    const org = newOrganization();
    await signUp(request, org);
    const signedIn = await hqSignIn(request, org.email, org.password);
    const first = refreshTokenOf(signedIn);
    const second = refreshTokenOf(await hqRefresh(request, first));

    await withDatabase('identity', async (db) => {
      const user = await db.query<{ id: string; password_hash: string }>('SELECT id, password_hash FROM staff_users WHERE email = $1', [org.email]);
      expect(user.rows).toHaveLength(1);
      const { id, password_hash: passwordHash } = user.rows[0];
      expect(passwordHash.startsWith('$argon2id$')).toBe(true);
      expect(passwordHash).not.toContain(org.password);

      const tokens = await db.query<{ token_hash: string }>(
        `SELECT t.token_hash FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id WHERE s.user_id = $1`,
        [id],
      );
      // Sign-up, sign-in, and the rotation: three tokens.
      expect(tokens.rows.length).toBeGreaterThanOrEqual(3);
      const hashes = tokens.rows.map((r) => r.token_hash);
      for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{64}$/);
      for (const cookie of [first, second]) {
        expect(hashes).not.toContain(cookie);
        expect(hashes).toContain(sha256(cookie));
        // Nowhere in the token table, in any column.
        const anywhere = await db.query(`SELECT 1 FROM refresh_tokens t WHERE strpos(row_to_json(t)::text, $1) > 0`, [cookie]);
        expect(anywhere.rowCount).toBe(0);
      }
    });
  });

  test('no database of any service holds a password, a refresh token or an access token in clear', async ({ request }) => {
    const org = newOrganization();
    await signUp(request, org);
    const signedIn = await hqSignIn(request, org.email, org.password);
    const refreshToken = refreshTokenOf(signedIn);
    const { accessToken } = (await signedIn.json()) as { accessToken: string };
    const rotated = await hqRefresh(request, refreshToken);
    const secrets = {
      password: org.password,
      refreshToken,
      rotatedRefreshToken: refreshTokenOf(rotated),
      accessToken,
      // The signature alone identifies the token.
      accessTokenSignature: accessToken.split('.')[2],
    };

    await expectNowhereInClear(secrets);
  });
});

