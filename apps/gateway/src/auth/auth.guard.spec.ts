import { randomUUID } from 'node:crypto';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { NatsConnection } from 'nats';
import { AccessTokenSigner, generateSigningKeyPem, keyResolver, type AccessTokenClaims } from '@tailwise/auth';
import type { Actor } from '@tailwise/contracts';
import type { GatewayConfig } from '../config';
import { AuthGuard } from './auth.guard';
import { REQUIRED_PERMISSION } from './auth.decorators';
import type { JwksCache } from './jwks-cache';
import { RevokedSessions } from './revoked-sessions';
import { UserAccessChanges } from './user-access-changes';

const config = { ACCESS_TOKEN_TTL_SECONDS: 900 } as GatewayConfig;

async function setUp() {
  const signer = await AccessTokenSigner.fromPem(generateSigningKeyPem().privateKeyPem, 'k1', 900);
  const jwks = { get: async () => keyResolver(signer.jwks) } as unknown as JwksCache;
  const revoked = new RevokedSessions({} as NatsConnection, config);
  const accessChanges = new UserAccessChanges({} as NatsConnection, config);
  const guard = new AuthGuard(new Reflector(), jwks, revoked, accessChanges);
  const token = async (overrides: Partial<AccessTokenClaims> = {}) =>
    (await signer.sign({ sub: randomUUID(), aud: 'hq', sid: randomUUID(), tenant: randomUUID(), permissions: ['clients.manage'], ...overrides })).token;
  return { guard, token, revoked, accessChanges };
}

function handler(permission?: string): () => void {
  const fn = () => undefined;
  if (permission) Reflect.defineMetadata(REQUIRED_PERMISSION, permission, fn);
  return fn;
}

/** Runs the guard for a request to `route` and returns the actor it set. */
async function pass(guard: AuthGuard, route: string, token: string, permission?: string): Promise<Actor | undefined> {
  const request: { routeOptions: { url: string }; headers: Record<string, string>; ip: string; actor?: Actor } = {
    routeOptions: { url: route },
    headers: { authorization: `Bearer ${token}` },
    ip: '127.0.0.1',
  };
  const context = {
    getHandler: () => handler(permission),
    getClass: () => class {},
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  await guard.canActivate(context);
  return request.actor;
}

/** Fakes only the clock: tokens are signed and verified at this time. */
function useClock(iso: string): void {
  jest.useFakeTimers({
    now: new Date(iso),
    doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'hrtime', 'performance'],
  });
}

describe('AuthGuard', () => {
  afterEach(() => jest.useRealTimers());

  it('turns a staff token into the staff actor, and a portal token into the portal actor with its name', async () => {
    const { guard, token } = await setUp();
    const staffUser = randomUUID();
    await expect(pass(guard, '/api/hq/me', await token({ sub: staffUser, name: 'Robin Vet' }))).resolves.toMatchObject({
      kind: 'staff',
      userId: staffUser,
      name: 'Robin Vet',
    });
    const portalUser = randomUUID();
    await expect(pass(guard, '/api/portal/me', await token({ aud: 'portal', sub: portalUser, name: 'Dana' }))).resolves.toEqual({
      kind: 'portal',
      portalUserId: portalUser,
      portalAccountId: expect.any(String),
      permissions: ['clients.manage'],
      name: 'Dana',
    });
  });

  it("refuses a token of the other audience, and one without the route's permission (403)", async () => {
    const { guard, token } = await setUp();
    await expect(pass(guard, '/api/portal/me', await token())).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(pass(guard, '/api/hq/users', await token(), 'users.manage')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it("refuses (401) a token issued before the user's access changed, and accepts the refreshed one", async () => {
    const { guard, token, accessChanges } = await setUp();
    const user = randomUUID();
    useClock('2030-01-01T10:00:00.900Z');
    const old = await token({ sub: user });
    await expect(pass(guard, '/api/hq/me', old)).resolves.toBeDefined();
    accessChanges.add('hq', user, new Date('2030-01-01T10:00:01.200Z'));
    await expect(pass(guard, '/api/hq/me', old)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    // Another user, or the same user id in the other audience, is not affected.
    await expect(pass(guard, '/api/hq/me', await token())).resolves.toBeDefined();
    await expect(pass(guard, '/api/portal/me', await token({ aud: 'portal', sub: user }))).resolves.toBeDefined();
    // The refresh a moment after the change, in the same second, brings a token that works.
    useClock('2030-01-01T10:00:01.300Z');
    await expect(pass(guard, '/api/hq/me', await token({ sub: user }))).resolves.toMatchObject({ userId: user });
  });

  it('refuses a token of a revoked session', async () => {
    const { guard, token, revoked } = await setUp();
    const sid = randomUUID();
    const t = await token({ sid });
    await pass(guard, '/api/hq/me', t);
    revoked.add(sid);
    await expect(pass(guard, '/api/hq/me', t)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
