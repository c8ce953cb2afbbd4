import { expect, test, type APIResponse } from '@playwright/test';
import { expectError } from '../support/http';
import { newOrganization, signUp } from '../support/organizations';
import { bearer } from '../support/tokens';

interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>>;
  components: { schemas: Record<string, { additionalProperties?: boolean; required?: string[]; properties?: Record<string, unknown> }> };
}

test.describe('OpenAPI document', () => {
  test('/api/docs-json lists the auth routes, and the sign-up body refuses unknown fields', async ({ request }) => {
    const res = await request.get('/api/docs-json');
    expect(res.status()).toBe(200);
    const doc = (await res.json()) as OpenApiDoc;
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of ['sign-up', 'sign-in', 'refresh', 'sign-out'].map((p) => `/api/hq/auth/${p}`)) {
      expect(doc.paths[path], path).toHaveProperty('post');
    }
    expect(doc.paths['/api/hq/me']).toHaveProperty('get');
    expect(doc.paths['/api/portal/auth/sign-in']).toHaveProperty('post');

    const ref = doc.paths['/api/hq/auth/sign-up'].post.requestBody?.content['application/json'].schema.$ref ?? '';
    const signUpSchema = doc.components.schemas[ref.replace('#/components/schemas/', '')];
    expect(signUpSchema, `sign-up body schema ${ref}`).toBeDefined();
    expect(signUpSchema.additionalProperties).toBe(false);
    expect(signUpSchema.required?.sort()).toEqual(['clinicName', 'email', 'firstName', 'lastName', 'organizationName', 'password']);

    const signInRef = doc.paths['/api/hq/auth/sign-in'].post.requestBody?.content['application/json'].schema.$ref ?? '';
    expect(doc.components.schemas[signInRef.replace('#/components/schemas/', '')].additionalProperties).toBe(false);
  });
});

test.describe('probes and metrics', () => {
  test('/health/live, /health/ready and /metrics answer 200 without a token', async ({ request }) => {
    for (const path of ['/health/live', '/health/ready']) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok' });
    }
    const metrics = await request.get('/metrics');
    expect(metrics.status()).toBe(200);
    expect(metrics.headers()['content-type']).toMatch(/^text\/plain/);
    expect(await metrics.text()).toMatch(/^# (HELP|TYPE) /m);
  });

  test('a bad token does not make the probes fail', async ({ request }) => {
    for (const path of ['/health/live', '/health/ready', '/metrics']) {
      expect((await request.get(path, { headers: bearer('junk') })).status(), path).toBe(200);
    }
  });
});

test.describe('routing', () => {
  test('an unknown /api route is a JSON 404, with or without a token, for any method', async ({ request }) => {
    const org = await signUp(request, newOrganization());
    const attempts: [string, () => Promise<APIResponse>][] = [
      ['GET /api/nope', () => request.get('/api/nope')],
      ['GET /api/hq/nope', () => request.get('/api/hq/nope', { headers: bearer(org.accessToken) })],
      ['POST /api/hq/nope', () => request.post('/api/hq/nope', { data: {} })],
      ['DELETE /api/portal/nope', () => request.delete('/api/portal/nope')],
      ['GET /api', () => request.get('/api')],
      ['GET /api/', () => request.get('/api/')],
    ];
    for (const [label, attempt] of attempts) await expectError(await attempt(), 404, 'NOT_FOUND').catch(rethrowWith(label));
  });

  test('an unknown page path is the HQ app (SPA fallback)', async ({ request }) => {
    for (const path of ['/clients', '/clients/123/pets', '/settings?tab=staff', '/']) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expect(res.headers()['content-type'], path).toMatch(/^text\/html/);
      expect(await res.text(), path).toMatch(/<!doctype html>/i);
    }
  });

  test('portal page paths are the portal app', async ({ request }) => {
    const portal = await request.get('/portal/appointments');
    const hq = await request.get('/clients');
    expect(portal.status()).toBe(200);
    expect(portal.headers()['content-type']).toMatch(/^text\/html/);
    expect(await portal.text()).not.toBe(await hq.text());
  });
});

test.describe('headers', () => {
  test('security headers on API answers, errors and pages', async ({ request }) => {
    const org = await signUp(request, newOrganization());
    const responses: [string, APIResponse][] = [
      ['me', await request.get('/api/hq/me', { headers: bearer(org.accessToken) })],
      ['401', await request.get('/api/hq/me')],
      ['404', await request.get('/api/nope')],
      ['health', await request.get('/health/live')],
    ];
    responses.push(['page', await request.get('/clients')]);
    for (const [label, res] of responses) {
      const h = res.headers();
      const csp = h['content-security-policy'] ?? '';
      expect(csp, `${label}: CSP`).toContain("default-src 'self'");
      expect(csp, `${label}: CSP`).toContain("object-src 'none'");
      expect(csp, `${label}: CSP`).toContain("frame-ancestors 'none'");
      expect(csp, `${label}: CSP allows no inline or eval scripts`).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      expect(h['x-content-type-options'], label).toBe('nosniff');
      expect(h['referrer-policy'], label).toBeDefined();
      expect(h['x-powered-by'], label).toBeUndefined();
    }
  });

  test('a client-provided x-correlation-id is echoed back; without one, the answer carries a fresh id', async ({ request }) => {
    const org = await signUp(request, newOrganization());
    const id = `e2e-${Date.now()}`;
    const withId = await request.get('/api/hq/me', { headers: { ...bearer(org.accessToken), 'x-correlation-id': id } });
    expect(withId.status()).toBe(200);
    expect(withId.headers()['x-correlation-id']).toBe(id);

    const a = (await request.get('/api/hq/me', { headers: bearer(org.accessToken) })).headers()['x-correlation-id'];
    const b = (await request.get('/api/hq/me', { headers: bearer(org.accessToken) })).headers()['x-correlation-id'];
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(b).toMatch(/^[0-9a-f-]{36}$/);
    expect(a).not.toBe(b);

    const probe = await request.get('/health/live', { headers: { 'x-correlation-id': id } });
    expect(probe.headers()['x-correlation-id']).toBe(id);
  });

  test('every response carries x-correlation-id, errors included, and echoes the client one', async ({ request }) => {
    const id = `e2e-${Date.now()}`;
    const headers = { 'x-correlation-id': id };
    const responses: [string, APIResponse][] = [
      ['401 no token', await request.get('/api/hq/me', { headers })],
      ['401 bad token', await request.get('/api/hq/me', { headers: { ...headers, ...bearer('junk') } })],
      ['404', await request.get('/api/nope', { headers })],
      ['400 validation', await request.post('/api/hq/auth/sign-in', { headers, data: {} })],
      ['400 malformed JSON', await request.post('/api/hq/auth/sign-in', { headers: { ...headers, 'content-type': 'application/json' }, data: Buffer.from('{') })],
      ['oversized body', await request.post('/api/hq/auth/sign-in', { headers, data: { password: 'x'.repeat(300 * 1024) } })],
      ['docs', await request.get('/api/docs-json', { headers })],
      ['metrics', await request.get('/metrics', { headers })],
    ];
    responses.push(['page', await request.get('/clients', { headers })]);
    const missing = responses.filter(([, res]) => res.headers()['x-correlation-id'] !== id).map(([label, res]) => `${label} (${res.status()})`);
    expect(missing, 'responses without the echoed x-correlation-id').toEqual([]);
  });
});

function rethrowWith(label: string) {
  return (error: unknown) => {
    throw new Error(`${label}: ${error instanceof Error ? error.message : String(error)}`);
  };
}
