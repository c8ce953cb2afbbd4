import { expect, test, type APIRequestContext } from '@playwright/test';
import type { SignUpRequest } from '@tailwise/contracts';
import { expectError, expectNoInternals, issuePaths } from '../support/http';
import { newOrganization, PASSWORD } from '../support/organizations';
import { HQ_AUTH_PATH, hqRefresh, hqSignIn, hqSignOut, refreshCookieOf, refreshTokenOf } from '../support/sessions';
import { bearer } from '../support/tokens';

const DAY_MS = 24 * 60 * 60 * 1000;

async function signUpRaw(request: APIRequestContext, body: SignUpRequest) {
  return request.post('/api/hq/auth/sign-up', { data: body, headers: { cookie: '' } });
}

async function expectSession(res: Awaited<ReturnType<typeof signUpRaw>>, status: number) {
  const text = await res.text();
  expect(res.status(), text).toBe(status);
  expectNoInternals(text);
  const body = JSON.parse(text) as Record<string, unknown>;
  // The refresh token travels only in the cookie, never where page scripts could read it.
  expect(Object.keys(body).sort()).toEqual(['accessToken', 'accessTokenExpiresAt']);
  expect(body['accessToken']).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  expect(text).not.toContain(refreshTokenOf(res));
  return body as { accessToken: string; accessTokenExpiresAt: string };
}

async function me(request: APIRequestContext, accessToken: string) {
  return request.get('/api/hq/me', { headers: bearer(accessToken) });
}

/** A cleared cookie: empty, or expired. */
function expectCleared(cookie: ReturnType<typeof refreshCookieOf>) {
  expect(cookie, 'the refresh cookie is cleared').toBeDefined();
  const expires = cookie?.attributes['expires'];
  const maxAge = cookie?.attributes['max-age'];
  expect(cookie?.value === '' || (expires !== undefined && Date.parse(expires) <= Date.now()) || maxAge === '0').toBe(true);
  expect(cookie?.attributes['path']).toBe(HQ_AUTH_PATH);
}

test.describe('sign-up', () => {
  test('creates the organization, answers 201 with an access token and sets a locked-down refresh cookie', async ({ request }) => {
    const org = newOrganization();
    const res = await signUpRaw(request, org);
    const session = await expectSession(res, 201);
    expect(Date.parse(session.accessTokenExpiresAt)).toBeGreaterThan(Date.now());

    const cookie = refreshCookieOf(res);
    expect(cookie?.value.length).toBeGreaterThanOrEqual(32);
    expect(cookie?.attributes).toHaveProperty('httponly');
    expect(cookie?.attributes['samesite']).toBe('Strict');
    expect(cookie?.attributes['path']).toBe(HQ_AUTH_PATH);
    // A long-lived session (days), not a browser-session cookie.
    expect(Date.parse(cookie?.attributes['expires'] ?? '')).toBeGreaterThan(Date.now() + DAY_MS);

    const who = await me(request, session.accessToken);
    expect(who.status()).toBe(200);
    expect(await who.json()).toMatchObject({ user: { email: org.email }, organization: { name: org.organizationName }, role: 'Admin' });
  });

  test('a second sign-up with the same email is 409 naming the email field, whatever its case', async ({ request }) => {
    const org = newOrganization();
    await expectSession(await signUpRaw(request, org), 201);

    for (const email of [org.email, org.email.toUpperCase()]) {
      const res = await signUpRaw(request, newOrganization({ email }));
      const body = await expectError(res, 409, 'CONFLICT');
      expect(issuePaths(body)).toEqual(['email']);
      expect(refreshCookieOf(res)).toBeUndefined();
    }
  });

  test('stores the email lower-cased', async ({ request }) => {
    const org = newOrganization();
    const mixed = org.email.replace('admin', 'Admin.Mixed');
    const session = await expectSession(await signUpRaw(request, { ...org, email: mixed }), 201);
    expect((await (await me(request, session.accessToken)).json()).user.email).toBe(mixed.toLowerCase());
  });
});

test.describe('sign-in and me', () => {
  test('the right password signs in: 200, an access token for me, and a new refresh cookie', async ({ request }) => {
    const org = newOrganization();
    const signUpRefresh = refreshTokenOf(await signUpRaw(request, org));

    const res = await hqSignIn(request, org.email, org.password);
    const session = await expectSession(res, 200);
    const cookie = refreshCookieOf(res);
    expect(cookie?.attributes).toHaveProperty('httponly');
    expect(cookie?.attributes['samesite']).toBe('Strict');
    expect(cookie?.attributes['path']).toBe(HQ_AUTH_PATH);
    expect(cookie?.value).not.toBe(signUpRefresh);

    const who = await me(request, session.accessToken);
    expect(who.status()).toBe(200);
    const body = await who.json();
    expect(body).toMatchObject({
      user: { email: org.email, firstName: org.firstName, lastName: org.lastName },
      organization: { name: org.organizationName },
      clinics: [{ name: org.clinicName, timeZone: org.timeZone }],
      role: 'Admin',
    });
    expect(body.permissions.length).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toMatch(/password|hash/i);
  });

  test('emails are case-insensitive at sign-in', async ({ request }) => {
    const org = newOrganization();
    await signUpRaw(request, org);
    for (const email of [org.email.toUpperCase(), org.email.replace('admin', 'ADMIN')]) {
      const res = await hqSignIn(request, email, org.password);
      const session = await expectSession(res, 200);
      expect((await (await me(request, session.accessToken)).json()).user.email).toBe(org.email);
    }
  });

  test('a wrong password and an unknown email get the identical 401, which says nothing about which was wrong', async ({ request }) => {
    const org = newOrganization();
    await signUpRaw(request, org);

    const wrongPassword = await hqSignIn(request, org.email, `${PASSWORD}x`);
    const unknownEmail = await hqSignIn(request, `nobody-${org.email}`, PASSWORD);
    const a = await expectError(wrongPassword, 401, 'UNAUTHENTICATED');
    const b = await expectError(unknownEmail, 401, 'UNAUTHENTICATED');
    expect(a).toEqual({ code: 'UNAUTHENTICATED', message: 'Email or password is incorrect' });
    expect(b).toEqual(a);
    expect(refreshCookieOf(wrongPassword)).toBeUndefined();
    expect(refreshCookieOf(unknownEmail)).toBeUndefined();
  });

  test('me without a token is 401', async ({ request }) => {
    await expectError(await request.get('/api/hq/me'), 401, 'UNAUTHENTICATED');
  });
});

test.describe('refresh', () => {
  test('rotates: a new access token and a new cookie, and the new access token works', async ({ request }) => {
    const org = newOrganization();
    const first = refreshTokenOf(await signUpRaw(request, org));

    const res = await hqRefresh(request, first);
    const session = await expectSession(res, 200);
    const second = refreshTokenOf(res);
    expect(second).not.toBe(first);
    const cookie = refreshCookieOf(res);
    expect(cookie?.attributes).toHaveProperty('httponly');
    expect(cookie?.attributes['samesite']).toBe('Strict');
    expect(cookie?.attributes['path']).toBe(HQ_AUTH_PATH);
    expect((await me(request, session.accessToken)).status()).toBe(200);

    // And it keeps rotating.
    const third = refreshTokenOf(await hqRefresh(request, second));
    expect(third).not.toBe(second);
    expect(third).not.toBe(first);
  });

  test('a reused refresh token is refused and revokes the whole session: the newest token is refused too', async ({ request }) => {
    const org = newOrganization();
    const first = refreshTokenOf(await signUpRaw(request, org));
    const rotated = await hqRefresh(request, first);
    const second = refreshTokenOf(rotated);
    const newestAccess = (await expectSession(rotated, 200)).accessToken;
    expect((await me(request, newestAccess)).status()).toBe(200);

    // Someone replays the old token (a stolen copy, or a double submit).
    const replay = await hqRefresh(request, first);
    await expectError(replay, 401, 'UNAUTHENTICATED');
    expectCleared(refreshCookieOf(replay));

    // The legitimate holder's newest token is dead as well: the family is revoked.
    const newest = await hqRefresh(request, second);
    await expectError(newest, 401, 'UNAUTHENTICATED');
    expectCleared(refreshCookieOf(newest));

    // Its access tokens stop working within a second, though they have not expired: the
    // gateway learns of the revocation from identity's event.
    const started = Date.now();
    await expect
      .poll(async () => (await me(request, newestAccess)).status(), { timeout: 1000, intervals: [25] })
      .toBe(401);
    expect(Date.now() - started).toBeLessThan(1000);

    // Other sessions of the same user (another device) are not part of that family.
    const otherDevice = refreshTokenOf(await hqSignIn(request, org.email, org.password));
    expect((await hqRefresh(request, otherDevice)).status()).toBe(200);
  });

  test('no cookie, or a cookie nobody issued, is 401', async ({ request }) => {
    await expectError(await hqRefresh(request), 401, 'UNAUTHENTICATED');
    await expectError(await hqRefresh(request, 'dGhpcy1pcy1ub3QtYS1yZWFsLXJlZnJlc2gtdG9rZW4'), 401, 'UNAUTHENTICATED');
  });
});

test.describe('sign-out', () => {
  test('answers 204, clears the cookie, and the refresh token no longer works', async ({ request }) => {
    const org = newOrganization();
    const token = refreshTokenOf(await signUpRaw(request, org));

    const res = await hqSignOut(request, token);
    expect(res.status()).toBe(204);
    expect(await res.text()).toBe('');
    expectCleared(refreshCookieOf(res));

    await expectError(await hqRefresh(request, token), 401, 'UNAUTHENTICATED');
  });

  test('ends only that session: another session of the same user still refreshes', async ({ request }) => {
    const org = newOrganization();
    const laptop = refreshTokenOf(await signUpRaw(request, org));
    const phone = refreshTokenOf(await hqSignIn(request, org.email, org.password));

    expect((await hqSignOut(request, laptop)).status()).toBe(204);
    await expectError(await hqRefresh(request, laptop), 401, 'UNAUTHENTICATED');
    expect((await hqRefresh(request, phone)).status()).toBe(200);
  });

  test("refuses the ended session's access token at once, while another session's keeps working", async ({ request }) => {
    const org = newOrganization();
    const signedUp = await signUpRaw(request, org);
    const { accessToken } = await expectSession(signedUp, 201);
    const other = await expectSession(await hqSignIn(request, org.email, org.password), 200);

    expect((await me(request, accessToken)).status()).toBe(200);
    expect((await hqSignOut(request, refreshTokenOf(signedUp))).status()).toBe(204);
    await expectError(await me(request, accessToken), 401, 'UNAUTHENTICATED');
    expect((await me(request, other.accessToken)).status()).toBe(200);
  });

  test('without a cookie is still 204', async ({ request }) => {
    expect((await hqSignOut(request)).status()).toBe(204);
  });
});
