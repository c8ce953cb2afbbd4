import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { expectError, expectNoInternals, issuePaths } from '../support/http';
import { newOrganization } from '../support/organizations';

const SIGN_UP = '/api/hq/auth/sign-up';
const SIGN_IN = '/api/hq/auth/sign-in';
const BODY_LIMIT = 256 * 1024;

/** Posts exactly these bytes (Playwright would JSON-encode a string). */
function postRaw(request: APIRequestContext, path: string, body: string | Buffer, contentType = 'application/json') {
  return request.post(path, { headers: { 'content-type': contentType, cookie: '' }, data: Buffer.from(body) });
}

function issue(body: { details?: unknown }, path: string): string | undefined {
  return (body.details as { issues: { path: string; message: string }[] }).issues.find((i) => i.path === path)?.message;
}

test.describe('field validation', () => {
  test('sign-up with no fields names every required field', async ({ request }) => {
    const body = await expectError(await request.post(SIGN_UP, { data: {} }), 400, 'VALIDATION');
    expect(issuePaths(body).sort()).toEqual(['clinicName', 'email', 'firstName', 'lastName', 'organizationName', 'password']);
  });

  test('sign-in with no fields names email and password', async ({ request }) => {
    const body = await expectError(await request.post(SIGN_IN, { data: {} }), 400, 'VALIDATION');
    expect(issuePaths(body).sort()).toEqual(['email', 'password']);
  });

  test('each missing field is named on its own', async ({ request }) => {
    for (const field of ['organizationName', 'clinicName', 'firstName', 'lastName', 'email', 'password'] as const) {
      const data: Record<string, unknown> = { ...newOrganization() };
      delete data[field];
      const body = await expectError(await request.post(SIGN_UP, { data }), 400, 'VALIDATION');
      expect(issuePaths(body), `without ${field}`).toEqual([field]);
    }
  });

  test('blank names (only spaces) are missing names', async ({ request }) => {
    const body = await expectError(
      await request.post(SIGN_UP, { data: newOrganization({ organizationName: '   ', firstName: '' }) }),
      400,
      'VALIDATION',
    );
    expect(issuePaths(body).sort()).toEqual(['firstName', 'organizationName']);
  });

  test('a bad email is named, at sign-up and at sign-in', async ({ request }) => {
    for (const email of ['not-an-email', 'a@b', '@example.test', 'two@@example.test', `${'x'.repeat(250)}@example.test`]) {
      const up = await expectError(await request.post(SIGN_UP, { data: newOrganization({ email }) }), 400, 'VALIDATION');
      expect(new Set(issuePaths(up)), email).toEqual(new Set(['email']));
      const inn = await expectError(await request.post(SIGN_IN, { data: { email, password: 'whatever-1' } }), 400, 'VALIDATION');
      expect(new Set(issuePaths(inn)), email).toEqual(new Set(['email']));
    }
  });

  test('weak passwords are refused with the rule they break', async ({ request }) => {
    const tooShort = await expectError(await request.post(SIGN_UP, { data: newOrganization({ password: 'Ab-1234' }) }), 400, 'VALIDATION');
    expect(issuePaths(tooShort)).toEqual(['password']);
    expect(issue(tooShort, 'password')).toMatch(/at least 8 characters/i);

    const noSymbol = await expectError(await request.post(SIGN_UP, { data: newOrganization({ password: 'Abcdefgh12345' }) }), 400, 'VALIDATION');
    expect(issuePaths(noSymbol)).toEqual(['password']);
    expect(issue(noSymbol, 'password')).toMatch(/symbol/i);

    const tooLong = await expectError(await request.post(SIGN_UP, { data: newOrganization({ password: `-${'a'.repeat(200)}` }) }), 400, 'VALIDATION');
    expect(issuePaths(tooLong)).toEqual(['password']);

    // Both rules broken: both reported, on the one field.
    const both = await expectError(await request.post(SIGN_UP, { data: newOrganization({ password: 'abc' }) }), 400, 'VALIDATION');
    expect(new Set(issuePaths(both))).toEqual(new Set(['password']));
  });

  test('an unknown time zone is named', async ({ request }) => {
    const body = await expectError(await request.post(SIGN_UP, { data: newOrganization({ timeZone: 'Mars/Olympus_Mons' }) }), 400, 'VALIDATION');
    expect(issuePaths(body)).toEqual(['timeZone']);
  });

  test('wrong types are named, not crashed on', async ({ request }) => {
    const data = { organizationName: 1, clinicName: [], firstName: {}, lastName: null, email: true, password: 12345678 };
    const body = await expectError(await request.post(SIGN_UP, { data }), 400, 'VALIDATION');
    expect(new Set(issuePaths(body))).toEqual(new Set(['organizationName', 'clinicName', 'firstName', 'lastName', 'email', 'password']));
  });

  test('unknown fields are refused, each named as an unknown field', async ({ request }) => {
    const up = await expectError(
      await request.post(SIGN_UP, { data: { ...newOrganization(), role: 'Admin', organizationId: '00000000-0000-0000-0000-000000000000' } }),
      400,
      'VALIDATION',
    );
    expect(issuePaths(up).sort()).toEqual(['organizationId', 'role']);
    expect(issue(up, 'role')).toBe('Unknown field');

    const inn = await expectError(await request.post(SIGN_IN, { data: { email: 'a@example.test', password: 'x', rememberMe: true } }), 400, 'VALIDATION');
    expect(issuePaths(inn)).toEqual(['rememberMe']);
    expect(issue(inn, 'rememberMe')).toBe('Unknown field');
  });

  test('a refused sign-up creates nothing: the same email can then sign up', async ({ request }) => {
    const org = newOrganization();
    await expectError(await request.post(SIGN_UP, { data: { ...org, extra: 1 } }), 400, 'VALIDATION');
    await expectError(await request.post(SIGN_UP, { data: { ...org, password: 'short' } }), 400, 'VALIDATION');
    expect((await request.post(SIGN_UP, { data: org, headers: { cookie: '' } })).status()).toBe(201);
  });
});

test.describe('malformed requests', () => {
  test('malformed JSON is 400 VALIDATION', async ({ request }) => {
    for (const raw of ['{"email":', '{email: "a@b.c"}', "{'email':'a@b.c'}", '{"email":"a@b.c",}', 'undefined', '\u0000']) {
      await expectError(await postRaw(request, SIGN_IN, raw), 400, 'VALIDATION');
    }
  });

  test('an empty JSON body is 400 VALIDATION', async ({ request }) => {
    await expectError(await postRaw(request, SIGN_IN, ''), 400, 'VALIDATION');
  });

  test('JSON that is not an object is 400 VALIDATION', async ({ request }) => {
    for (const raw of ['[]', 'null', '42', '"a string"', 'true']) {
      await expectError(await postRaw(request, SIGN_UP, raw), 400, 'VALIDATION');
    }
  });

  test('prototype-pollution keys are refused', async ({ request }) => {
    for (const raw of ['{"__proto__":{"isAdmin":true},"email":"a@example.test","password":"x"}', '{"constructor":{"prototype":{"isAdmin":true}}}']) {
      await expectError(await postRaw(request, SIGN_IN, raw), 400, 'VALIDATION');
    }
  });

  test('a body over the 256 KiB limit is 400 VALIDATION', async ({ request }) => {
    const big = JSON.stringify({ email: 'a@example.test', password: 'x'.repeat(BODY_LIMIT + 1024) });
    await expectError(await postRaw(request, SIGN_IN, big), 400, 'VALIDATION');
  });

  test('a body over the limit is refused with a 4xx JSON error and no stack', async ({ request }) => {
    const big = JSON.stringify({ email: 'a@example.test', password: 'x'.repeat(BODY_LIMIT + 1024) });
    const res = await postRaw(request, SIGN_IN, big);
    expect(res.status()).toBeGreaterThanOrEqual(400);
    expect(res.status()).toBeLessThan(500);
    await expectError(res, res.status(), 'VALIDATION');
  });

  test('a body just under the limit is parsed (and then validated)', async ({ request }) => {
    const body = JSON.stringify({ email: 'a@example.test', password: 'x'.repeat(BODY_LIMIT - 1024) });
    const res = await expectError(await postRaw(request, SIGN_IN, body), 400, 'VALIDATION');
    expect(issuePaths(res)).toEqual(['password']);
  });

  test('a wrong content type is a 4xx VALIDATION error (text/plain 400; other types 400 or 415)', async ({ request }) => {
    // Fastify parses text/plain itself: the body is a string, which fails validation.
    await expectError(await postRaw(request, SIGN_IN, 'email=a@example.test', 'text/plain'), 400, 'VALIDATION');
    for (const type of ['application/xml', 'multipart/form-data; boundary=x', 'image/png', 'application/octet-stream']) {
      const res = await postRaw(request, SIGN_IN, 'email=a@example.test&password=x', type);
      expect([400, 415], type).toContain(res.status());
      await expectError(res, res.status(), 'VALIDATION');
    }
  });
});

test.describe('cross-site form posts', () => {
  // An HTML form on any site can POST application/x-www-form-urlencoded (and text/plain)
  // without a CORS preflight. A JSON-only API must not act on such a body, or any page can
  // sign a visitor's browser in as someone else (login CSRF) or sign up organizations.
  test('a form-encoded sign-in with the right credentials is refused and starts no session', async ({ request }) => {
    const org = newOrganization();
    expect((await request.post(SIGN_UP, { data: org, headers: { cookie: '' } })).status()).toBe(201);
    const form = new URLSearchParams({ email: org.email, password: org.password }).toString();
    const res = await postRaw(request, SIGN_IN, form, 'application/x-www-form-urlencoded');
    expect(res.headers()['set-cookie'], 'a form post must not set a session cookie').toBeUndefined();
    expect([400, 415]).toContain(res.status());
    await expectError(res, res.status(), 'VALIDATION');
  });

  test('a text/plain body shaped like JSON is not parsed as JSON', async ({ request }) => {
    const org = newOrganization();
    expect((await request.post(SIGN_UP, { data: org, headers: { cookie: '' } })).status()).toBe(201);
    // What <form enctype="text/plain"> can send: name=value, with the name holding the JSON.
    const body = `{"email":"${org.email}","password":"${org.password}","x":"=y"}`;
    const res = await postRaw(request, SIGN_IN, body, 'text/plain');
    expect(res.headers()['set-cookie']).toBeUndefined();
    await expectError(res, 400, 'VALIDATION');
  });
});

test.describe('no 500s, no stack traces', () => {
  test('a battery of hostile inputs never gets a 5xx or leaks internals', async ({ request }) => {
    const org = newOrganization();
    const attempts: [string, () => Promise<APIResponse>][] = [
      ['deep array', () => postRaw(request, SIGN_UP, `${'['.repeat(50_000)}${']'.repeat(50_000)}`)],
      ['deep object', () => postRaw(request, SIGN_UP, `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`)],
      ['NUL bytes', () => request.post(SIGN_UP, { data: { ...org, organizationName: 'a\u0000b', email: 'nul\u0000@example.test' } })],
      ['lone surrogate', () => postRaw(request, SIGN_IN, '{"email":"\\ud800@example.test","password":"\\udfff"}')],
      ['huge number', () => postRaw(request, SIGN_IN, `{"email":1e999999,"password":${'9'.repeat(10_000)}}`)],
      ['SQL-ish email', () => request.post(SIGN_IN, { data: { email: "x'or'1'='1@example.test", password: "' OR 1=1 --" } })],
      ['long password at sign-in', () => request.post(SIGN_IN, { data: { email: 'a@example.test', password: 'x'.repeat(10_000) } })],
      ['GET on a POST route', () => request.get(SIGN_IN)],
      ['PUT on a POST route', () => request.put(SIGN_IN, { data: {} })],
      ['DELETE me', () => request.delete('/api/hq/me')],
      ['junk bearer', () => request.get('/api/hq/me', { headers: { authorization: 'Bearer a.b.c' } })],
      ['huge bearer', () => request.get('/api/hq/me', { headers: { authorization: `Bearer ${'a'.repeat(6000)}` } })],
      ['junk refresh cookie', () => request.post('/api/hq/auth/refresh', { headers: { cookie: 'tw_hq_refresh=%E0%A4%A' } })],
      ['oversized refresh cookie', () => request.post('/api/hq/auth/refresh', { headers: { cookie: `tw_hq_refresh=${'x'.repeat(2000)}` } })],
      ['duplicate refresh cookies', () => request.post('/api/hq/auth/refresh', { headers: { cookie: 'tw_hq_refresh=a; tw_hq_refresh=b' } })],
      ['portal junk', () => request.post('/api/portal/auth/sign-in', { data: { email: [], password: {} } })],
      ['query junk', () => request.get('/api/hq/me?__proto__[x]=1&a[b][c]=2')],
    ];
    for (const [label, attempt] of attempts) {
      const res = await attempt();
      const text = await res.text();
      expect(res.status(), `${label}: ${text.slice(0, 200)}`).toBeLessThan(500);
      expect(res.status(), label).toBeGreaterThanOrEqual(400);
      expectNoInternals(text, label);
    }
    // Signing out with a cookie that cannot be a refresh token ends nothing; the cookie is cleared.
    const signOut = await request.post('/api/hq/auth/sign-out', { headers: { cookie: `tw_hq_refresh=${'x'.repeat(2000)}` } });
    expect(signOut.status()).toBe(204);
    expect(signOut.headers()['set-cookie']).toMatch(/^tw_hq_refresh=;/);
  });

  test('a badly percent-encoded URL is 400 in the documented error shape', async ({ request }) => {
    await expectError(await request.get('/api/hq/%E0%A4%A'), 400, 'VALIDATION');
  });
});
