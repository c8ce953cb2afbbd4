import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { sha256, verifyPassword } from '@tailwise/auth';
import { AppError, type AudienceName, type EventEnvelope, type Session } from '@tailwise/contracts';
import type { Principal, PrincipalDirectory } from '../sessions/principals';
import type { SessionsService } from '../sessions/sessions.service';
import type { ResetRequestAllowance, SignInThrottle } from '../sessions/sign-in-throttle';
import type { PasswordTokenEntity } from './password-token.entity';
import type { PasswordTokensRepository } from './password-tokens.repository';
import { PasswordTokensService } from './password-tokens.service';

// PasswordTokensService over in-memory tables: the rules of issuing, checking, using and
// minting links. Concurrency of the claim is proven against PostgreSQL in the integration spec.

class FakeDirectory implements PrincipalDirectory {
  readonly users = new Map<string, Principal>();
  constructor(private readonly audience: AudienceName) {}

  add(overrides: Partial<Principal> = {}): Principal {
    const principal: Principal = {
      audience: this.audience,
      userId: randomUUID(),
      tenantId: randomUUID(),
      tenantName: 'Mesa Spay Clinic',
      email: `${randomUUID().slice(0, 8)}@example.test`,
      name: 'Robin Vet',
      permissions: [],
      passwordHash: 'old-hash',
      disabled: false,
      organizationId: null,
      ...overrides,
    };
    this.users.set(principal.userId, principal);
    return principal;
  }

  get(userId: string): Principal {
    const user = this.users.get(userId);
    if (!user) throw new Error(`no user ${userId}`);
    return user;
  }

  async findByEmail(_m: EntityManager, email: string) {
    return [...this.users.values()].find((u) => u.email === email) ?? null;
  }
  async findById(_m: EntityManager, userId: string) {
    return this.users.get(userId) ?? null;
  }
  async setPasswordHash(_m: EntityManager, userId: string, passwordHash: string) {
    this.get(userId).passwordHash = passwordHash;
  }
  async recordSignIn() {
    /* not needed here */
  }
}

function setUp() {
  const rows: PasswordTokenEntity[] = [];
  const events: EventEnvelope[] = [];
  const manager = {
    query: async (sql: string, params: unknown[]) => {
      if (sql.includes('INSERT INTO outbox')) events.push(JSON.parse(params[2] as string));
      return [];
    },
  } as unknown as EntityManager;
  const pending = (t: PasswordTokenEntity, at: Date) => !t.usedAt && !t.supersededAt && t.expiresAt > at;
  const repository = {
    manager,
    transaction: <T>(work: (m: EntityManager) => Promise<T>) => work(manager),
    insert: async (_m: EntityManager, token: Pick<PasswordTokenEntity, 'audience' | 'userId' | 'purpose' | 'tokenHash' | 'expiresAt'>) => {
      const row = { ...token, id: randomUUID(), createdAt: new Date(), usedAt: null, supersededAt: null };
      rows.push(row);
      return row;
    },
    supersedePending: async (_m: EntityManager, audience: AudienceName, userId: string, at: Date, purpose?: string) => {
      for (const t of rows) {
        if (t.audience === audience && t.userId === userId && !t.usedAt && !t.supersededAt && (!purpose || t.purpose === purpose)) t.supersededAt = at;
      }
    },
    findByHash: async (_m: EntityManager, hash: string) => rows.find((t) => t.tokenHash === hash) ?? null,
    claim: async (_m: EntityManager, id: string, at: Date) => {
      const t = rows.find((r) => r.id === id && pending(r, at));
      if (t) t.usedAt = at;
      return Boolean(t);
    },
    replaceHashIfPending: async (_m: EntityManager, id: string, hash: string, at: Date) => {
      const t = rows.find((r) => r.id === id && pending(r, at));
      if (t) t.tokenHash = hash;
      return Boolean(t);
    },
  };
  const revoked: { audience: AudienceName; userId: string; reason: string }[] = [];
  const started: Principal[] = [];
  const sessions = {
    revokeAllForUser: async (_m: EntityManager, audience: AudienceName, userId: string, reason: string) => void revoked.push({ audience, userId, reason }),
    startSession: async (_m: EntityManager, principal: Principal): Promise<Session> => {
      started.push(principal);
      return { accessToken: 'a', accessTokenExpiresAt: new Date().toISOString(), refreshToken: 'r', refreshTokenExpiresAt: new Date().toISOString() };
    },
  };
  let allowance: ResetRequestAllowance = { addressExceeded: false, accountExceeded: false };
  const throttle = {
    recordResetRequest: async () => allowance,
    resetRefused: () => new AppError('RATE_LIMITED', 'Too many requests. Try again later.'),
  };
  const staff = new FakeDirectory('hq');
  const portal = new FakeDirectory('portal');
  const service = new PasswordTokensService(
    repository as unknown as PasswordTokensRepository,
    sessions as unknown as SessionsService,
    throttle as unknown as SignInThrottle,
    staff,
    portal,
  );
  const mint = async (tokenId: string) => {
    const { token } = await service.mint(tokenId);
    if (!token) throw new Error(`token ${tokenId} is not pending`);
    return token;
  };
  return { rows, events, revoked, started, staff, portal, service, manager, mint, limit: (a: ResetRequestAllowance) => (allowance = a) };
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('PasswordTokensService', () => {
  it('issues a link with no known secret, superseding the pending one of the same purpose only', async () => {
    const { rows, service, manager } = setUp();
    const userId = randomUUID();
    const reset = await service.issue(manager, { audience: 'hq', userId, purpose: 'reset' });
    const invite = await service.issue(manager, { audience: 'hq', userId, purpose: 'invite' });
    const second = await service.issue(manager, { audience: 'hq', userId, purpose: 'reset' });
    const byId = (id: string) => rows.find((r) => r.id === id);
    expect(byId(reset.tokenId)?.supersededAt).toEqual(expect.any(Date));
    expect(byId(invite.tokenId)?.supersededAt).toBeNull();
    expect(byId(second.tokenId)?.supersededAt).toBeNull();
    expect(invite.expiresAt.getTime() - Date.now()).toBeGreaterThan(71 * 3600_000);
    expect(second.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(3600_000);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.tokenHash))).toBe(true);
  });

  it('mints a fresh secret per send: only the latest works, and nothing once the link is over', async () => {
    const { rows, staff, service, manager, mint } = setUp();
    const user = staff.add();
    const { tokenId } = await service.issue(manager, { audience: 'hq', userId: user.userId, purpose: 'reset' });
    const first = await mint(tokenId);
    const second = await mint(tokenId);
    expect(rows[0].tokenHash).toBe(sha256(second));
    await expect(service.check({ token: first, audience: 'hq' })).rejects.toThrow('This link is no longer valid. Ask for a new one.');
    await expect(service.check({ token: second, audience: 'hq' })).resolves.toMatchObject({ purpose: 'reset', email: user.email, tenantName: 'Mesa Spay Clinic' });
    rows[0].expiresAt = new Date(Date.now() - 1);
    await expect(service.mint(tokenId)).resolves.toEqual({ token: null });
    await expect(service.mint(randomUUID())).resolves.toEqual({ token: null });
  });

  describe('forgot', () => {
    it('issues a reset and tells notifications only for an active user with a password', async () => {
      const { events, staff, service } = setUp();
      const user = staff.add({ organizationId: randomUUID() });
      staff.add({ email: 'invited@example.test', passwordHash: null });
      staff.add({ email: 'gone@example.test', disabled: true });
      for (const email of ['nobody@example.test', 'invited@example.test', 'gone@example.test', user.email]) {
        await expect(service.forgot({ email, audience: 'hq', ip: '10.0.0.1' })).resolves.toBeUndefined();
      }
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        subject: 'events.identity.password-reset.requested',
        data: { audience: 'hq', userId: user.userId, email: user.email, name: 'Robin Vet', organizationId: user.organizationId },
      });
      expect(JSON.stringify(events[0])).not.toMatch(/token"\s*:/);
    });

    it('looks the email up in the audience asked for only', async () => {
      const { events, staff, service } = setUp();
      const user = staff.add();
      await service.forgot({ email: user.email, audience: 'portal', ip: '10.0.0.1' });
      expect(events).toHaveLength(0);
    });

    it('refuses a spraying address (429) and silently drops a flooded inbox', async () => {
      const { events, staff, service, limit } = setUp();
      const user = staff.add();
      limit({ addressExceeded: false, accountExceeded: true });
      await expect(service.forgot({ email: user.email, audience: 'hq', ip: '10.0.0.1' })).resolves.toBeUndefined();
      limit({ addressExceeded: true, accountExceeded: false });
      expect((await rejection(service.forgot({ email: user.email, audience: 'hq', ip: '10.0.0.1' }))).code).toBe('RATE_LIMITED');
      expect(events).toHaveLength(0);
    });
  });

  describe('set', () => {
    const password = 'N3w!password';

    it('sets the password, uses the link once, ends other sessions and signs in', async () => {
      const { rows, revoked, started, portal, service, manager, mint } = setUp();
      const user = portal.add({ passwordHash: null });
      const { tokenId } = await service.issue(manager, { audience: 'portal', userId: user.userId, purpose: 'invite' });
      const secret = await mint(tokenId);
      await service.set({ token: secret, password, audience: 'portal', ip: '10.0.0.1' });
      expect(await verifyPassword(portal.get(user.userId).passwordHash ?? '', password)).toBe(true);
      expect(rows[0].usedAt).not.toBeNull();
      expect(revoked).toEqual([{ audience: 'portal', userId: user.userId, reason: 'password-set' }]);
      expect(started.map((p) => p.userId)).toEqual([user.userId]);
      const again = await rejection(service.set({ token: secret, password, audience: 'portal', ip: '10.0.0.1' }));
      expect(again).toMatchObject({ code: 'NOT_FOUND', message: 'This link is no longer valid. Ask for a new one.' });
    });

    it('retires the user\'s other pending links once a password is set', async () => {
      const { rows, staff, service, manager, mint } = setUp();
      const user = staff.add();
      const invite = await service.issue(manager, { audience: 'hq', userId: user.userId, purpose: 'invite' });
      const reset = await service.issue(manager, { audience: 'hq', userId: user.userId, purpose: 'reset' });
      await service.set({ token: await mint(reset.tokenId), password, audience: 'hq', ip: '10.0.0.1' });
      expect(rows.find((r) => r.id === invite.tokenId)?.supersededAt).toEqual(expect.any(Date));
    });

    it('refuses a link of the other audience, an expired link, and a disabled user, changing nothing', async () => {
      const { rows, staff, started, service, manager, mint } = setUp();
      const user = staff.add();
      const { tokenId } = await service.issue(manager, { audience: 'hq', userId: user.userId, purpose: 'reset' });
      const secret = await mint(tokenId);
      expect((await rejection(service.set({ token: secret, password, audience: 'portal', ip: 'x' }))).code).toBe('NOT_FOUND');
      staff.get(user.userId).disabled = true;
      expect((await rejection(service.set({ token: secret, password, audience: 'hq', ip: 'x' }))).code).toBe('NOT_FOUND');
      staff.get(user.userId).disabled = false;
      rows[0].expiresAt = new Date(Date.now() - 1);
      expect((await rejection(service.set({ token: secret, password, audience: 'hq', ip: 'x' }))).message).toBe('This link has expired. Ask for a new one.');
      expect(started).toHaveLength(0);
      expect(staff.get(user.userId).passwordHash).toBe('old-hash');
    });
  });
});
