import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { generateSigningKeyPem, hashPassword, sha256 } from '@tailwise/auth';
import {
  ALL_PORTAL_PERMISSIONS,
  ALL_STAFF_PERMISSIONS,
  AppError,
  IDENTITY_EVENTS,
  IDENTITY_SUBJECTS,
  STAFF_PERMISSIONS,
  type Actor,
  type MintedLinkToken,
  type Role,
  type Session,
  type StaffActor,
  type StaffUser,
} from '@tailwise/contracts';
import type { RpcClient } from '@tailwise/messaging';
import { startServiceHarness, type ServiceHarness } from '@tailwise/service-testing';
import { AppModule } from '../app.module';
import { loadIdentityConfig, type IdentityConfig } from '../config';

// Identity as it runs (its AppModule on a fresh database and a private nats-server), called
// over NATS the way the gateway and notifications call it.

const anonymous: Actor = { kind: 'anonymous', ip: '10.1.0.1' };
const PASSWORD = 'Str0ng!pass';

function claims(session: Session): { sub: string; aud: string; tenant: string; permissions: string[]; name: string } {
  return JSON.parse(Buffer.from(session.accessToken.split('.')[1], 'base64url').toString());
}

describe('staff users, password links and sessions (PostgreSQL + NATS)', () => {
  let harness: ServiceHarness<IdentityConfig>;
  let dataSource: DataSource;
  let rpc: RpcClient;

  beforeAll(async () => {
    harness = await startServiceHarness({
      name: 'identity_staff',
      loadConfig: loadIdentityConfig,
      module: (config) => AppModule.forRoot(config),
      env: { AUTH_PRIVATE_KEY: generateSigningKeyPem().privateKeyPem },
    });
    ({ dataSource, rpc } = harness);
  });

  afterAll(() => harness?.close());

  async function refused(promise: Promise<unknown>): Promise<AppError> {
    const error = await promise.then(() => null, (e: unknown) => e);
    if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
    return error;
  }

  const call = <T>(subject: string, actor: Actor, data: unknown) => rpc.request<T>(subject, actor, data);
  const signIn = (email: string, password = PASSWORD) => call<Session>(IDENTITY_SUBJECTS.signIn, anonymous, { email, password, ip: '10.1.0.1' });
  const refresh = (session: Session, audience: 'hq' | 'portal') =>
    call<Session>(IDENTITY_SUBJECTS.refresh, anonymous, { refreshToken: session.refreshToken, audience });
  async function mint(tokenId: string): Promise<string> {
    const { token } = await call<MintedLinkToken>(IDENTITY_SUBJECTS.passwordTokenMint, anonymous, { id: tokenId });
    if (!token) throw new Error(`token ${tokenId} is not pending`);
    return token;
  }
  const events = async (subject: string): Promise<Record<string, unknown>[]> =>
    (await dataSource.query(`SELECT envelope FROM outbox WHERE subject = $1 ORDER BY created_at`, [subject])).map(
      (r: { envelope: { data: Record<string, unknown> } }) => r.envelope.data,
    );

  /** A new organization and its first admin, signed in. */
  async function organization(): Promise<{ admin: StaffActor; email: string }> {
    const email = `admin-${randomUUID().slice(0, 8)}@example.test`;
    const session = await call<Session>(IDENTITY_SUBJECTS.signUp, anonymous, {
      organizationName: 'Mesa Spay Clinic',
      clinicName: 'Mesa Main',
      firstName: 'Ada',
      lastName: 'Admin',
      email,
      password: PASSWORD,
      ip: '10.1.0.1',
    });
    const { sub, tenant } = claims(session);
    return { admin: { kind: 'staff', userId: sub, organizationId: tenant, permissions: [...ALL_STAFF_PERMISSIONS], name: 'Ada Admin' }, email };
  }

  async function invite(admin: StaffActor, roleId?: string): Promise<{ user: StaffUser; tokenId: string }> {
    const roles = await call<Role[]>(IDENTITY_SUBJECTS.roleList, admin, {});
    const user = await call<StaffUser>(IDENTITY_SUBJECTS.staffInvite, admin, {
      firstName: 'Theo',
      lastName: 'Marsh',
      email: `theo-${randomUUID().slice(0, 8)}@example.test`,
      roleId: roleId ?? roles[0].id,
    });
    const invited = (await events(IDENTITY_EVENTS.staffUserInvited.subject)).filter((e) => e.userId === user.id);
    return { user, tokenId: invited[invited.length - 1].tokenId as string };
  }

  /** An invited user who set their password from the link. */
  async function activeUser(admin: StaffActor, roleId?: string): Promise<StaffUser> {
    const { user, tokenId } = await invite(admin, roleId);
    await call<Session>(IDENTITY_SUBJECTS.passwordSet, anonymous, { token: await mint(tokenId), password: PASSWORD, audience: 'hq', ip: '10.1.0.2' });
    return user;
  }

  it('sign-up announces the first clinic, with its time zone, to the services that schedule for it', async () => {
    const { admin } = await organization();
    const announced = (await events(IDENTITY_EVENTS.clinicCreated.subject)).filter((e) => e.organizationId === admin.organizationId);
    expect(announced).toEqual([{ clinicId: expect.any(String), organizationId: admin.organizationId, name: 'Mesa Main', timeZone: 'America/New_York' }]);
  });

  it('invites a staff member: no password, a link stored only as a hash, the event names the token id', async () => {
    const { admin } = await organization();
    const { user, tokenId } = await invite(admin);
    expect(user).toMatchObject({ status: 'invited', lastSignInAt: null, role: { isAdmin: true } });
    expect((await refused(signIn(user.email))).code).toBe('UNAUTHENTICATED');

    const secret = await mint(tokenId);
    const [row] = await dataSource.query(`SELECT * FROM password_tokens WHERE id = $1`, [tokenId]);
    expect(row).toMatchObject({ audience: 'hq', user_id: user.id, purpose: 'invite', token_hash: sha256(secret), used_at: null });
    expect(Object.values(row).map(String)).not.toContain(secret);
    const outbox: { envelope: unknown }[] = await dataSource.query(`SELECT envelope FROM outbox`);
    expect(JSON.stringify(outbox)).not.toContain(secret);

    const info = await call(IDENTITY_SUBJECTS.passwordCheck, anonymous, { token: secret, audience: 'hq' });
    expect(info).toMatchObject({ purpose: 'invite', email: user.email, name: 'Theo Marsh', tenantName: 'Mesa Spay Clinic' });
    expect((await refused(call(IDENTITY_SUBJECTS.passwordCheck, anonymous, { token: secret, audience: 'portal' }))).code).toBe('NOT_FOUND');

    // Resending supersedes the first link: its freshly minted secret no longer works.
    await call(IDENTITY_SUBJECTS.staffResendInvite, admin, { userId: user.id });
    await expect(call(IDENTITY_SUBJECTS.passwordTokenMint, anonymous, { id: tokenId })).resolves.toEqual({ token: null });
    const check = await refused(call(IDENTITY_SUBJECTS.passwordCheck, anonymous, { token: secret, audience: 'hq' }));
    expect(check.message).toBe('This link is no longer valid. Ask for a new one.');
  });

  it('a set-password link works exactly once, even when used several times at once', async () => {
    const { admin } = await organization();
    const { user, tokenId } = await invite(admin);
    const secret = await mint(tokenId);
    const attempts = await Promise.allSettled(
      Array.from({ length: 4 }, (_, i) =>
        call<Session>(IDENTITY_SUBJECTS.passwordSet, anonymous, { token: secret, password: `${PASSWORD}${i}`, audience: 'hq', ip: '10.1.0.3' }),
      ),
    );
    const won = attempts.filter((a) => a.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const lost of attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected')) expect(lost.reason.code).toBe('NOT_FOUND');
    const winner = attempts.indexOf(won[0]);
    await expect(signIn(user.email, `${PASSWORD}${winner}`)).resolves.toMatchObject({ accessToken: expect.any(String) });
    const [listed] = (await call<StaffUser[]>(IDENTITY_SUBJECTS.staffList, admin, {})).filter((u) => u.id === user.id);
    expect(listed.status).toBe('active');
    expect(listed.lastSignInAt).not.toBeNull();
  });

  it('disabling ends every session at once (sessionRevoked each) and sign-in stays refused until enabled', async () => {
    const { admin } = await organization();
    const user = await activeUser(admin);
    const sessions = [await signIn(user.email), await signIn(user.email)];
    const ids: string[] = (await dataSource.query(`SELECT id FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`, [user.id])).map(
      (r: { id: string }) => r.id,
    );
    expect(ids).toHaveLength(3); // the set-password sign-in and the two above

    const disabled = await call<StaffUser>(IDENTITY_SUBJECTS.staffDisable, admin, { userId: user.id });
    expect(disabled.status).toBe('disabled');
    const revoked = (await events(IDENTITY_EVENTS.sessionRevoked.subject)).filter((e) => e.userId === user.id);
    expect(revoked.map((e) => e.sessionId).sort()).toEqual([...ids].sort());
    expect(revoked.every((e) => e.reason === 'user-disabled' && e.audience === 'hq')).toBe(true);
    for (const session of sessions) expect((await refused(refresh(session, 'hq'))).code).toBe('UNAUTHENTICATED');
    expect((await refused(signIn(user.email))).code).toBe('UNAUTHENTICATED');

    await call(IDENTITY_SUBJECTS.staffEnable, admin, { userId: user.id });
    await expect(signIn(user.email)).resolves.toMatchObject({ accessToken: expect.any(String) });
  });

  it('keeps an active Admin, refuses self-disable, and scopes everything to the organization', async () => {
    const { admin } = await organization();
    const other = await organization();
    const frontDesk = await call<Role>(IDENTITY_SUBJECTS.roleCreate, admin, { name: 'Front desk', permissions: [STAFF_PERMISSIONS.manageClients] });

    expect((await refused(call(IDENTITY_SUBJECTS.staffDisable, admin, { userId: admin.userId }))).code).toBe('CONFLICT');
    const lastAdmin = await refused(call(IDENTITY_SUBJECTS.staffChangeRole, admin, { userId: admin.userId, roleId: frontDesk.id }));
    expect(lastAdmin).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/last active Admin/) });
    // An invited Admin does not count: they cannot act yet.
    await invite(admin);
    expect((await refused(call(IDENTITY_SUBJECTS.staffChangeRole, admin, { userId: admin.userId, roleId: frontDesk.id }))).code).toBe('CONFLICT');
    const second = await activeUser(admin);
    const demoted = await call<StaffUser>(IDENTITY_SUBJECTS.staffChangeRole, admin, { userId: admin.userId, roleId: frontDesk.id });
    expect(demoted.role).toMatchObject({ id: frontDesk.id, isAdmin: false });
    expect((await events(IDENTITY_EVENTS.userAccessChanged.subject)).some((e) => e.userId === admin.userId)).toBe(true);
    const secondAdmin: StaffActor = { ...admin, userId: second.id };
    expect((await refused(call(IDENTITY_SUBJECTS.staffDisable, secondAdmin, { userId: second.id }))).code).toBe('CONFLICT');

    for (const [subject, data] of [
      [IDENTITY_SUBJECTS.staffDisable, { userId: second.id }],
      [IDENTITY_SUBJECTS.staffChangeRole, { userId: second.id, roleId: frontDesk.id }],
      [IDENTITY_SUBJECTS.roleDelete, { roleId: frontDesk.id }],
    ] as const) {
      expect((await refused(call(subject, other.admin, data))).code).toBe('NOT_FOUND');
    }
    const reader: StaffActor = { ...admin, permissions: [STAFF_PERMISSIONS.manageClients] };
    expect((await refused(call(IDENTITY_SUBJECTS.staffList, reader, {}))).code).toBe('FORBIDDEN');
    expect((await refused(call(IDENTITY_SUBJECTS.roleList, reader, {}))).code).toBe('FORBIDDEN');
  });

  it('manages roles: unique names, Admin untouchable, in-use roles kept, edits reach holders', async () => {
    const { admin } = await organization();
    const role = await call<Role>(IDENTITY_SUBJECTS.roleCreate, admin, { name: 'Vet tech', permissions: [STAFF_PERMISSIONS.manageSchedule] });
    const duplicate = await refused(call(IDENTITY_SUBJECTS.roleCreate, admin, { name: 'vet TECH', permissions: [] }));
    expect(duplicate).toMatchObject({ code: 'CONFLICT', details: { issues: [{ path: 'name' }] } });
    const [adminRole] = (await call<Role[]>(IDENTITY_SUBJECTS.roleList, admin, {})).filter((r) => r.isAdmin);
    expect(adminRole.userCount).toBe(1);
    expect((await refused(call(IDENTITY_SUBJECTS.roleUpdate, admin, { roleId: adminRole.id, role: { name: 'Boss', permissions: [] } }))).code).toBe('CONFLICT');
    expect((await refused(call(IDENTITY_SUBJECTS.roleDelete, admin, { roleId: adminRole.id }))).code).toBe('CONFLICT');

    const holder = await activeUser(admin, role.id);
    expect((await refused(call(IDENTITY_SUBJECTS.roleDelete, admin, { roleId: role.id }))).message).toMatch(/given to 1 user/);
    const updated = await call<Role>(IDENTITY_SUBJECTS.roleUpdate, admin, {
      roleId: role.id,
      role: { name: 'Vet tech', permissions: [STAFF_PERMISSIONS.manageSchedule, STAFF_PERMISSIONS.manageClients] },
    });
    expect(updated).toMatchObject({ userCount: 1, permissions: [STAFF_PERMISSIONS.manageSchedule, STAFF_PERMISSIONS.manageClients] });
    expect((await events(IDENTITY_EVENTS.userAccessChanged.subject)).filter((e) => e.userId === holder.id)).toHaveLength(1);
    expect(claims(await signIn(holder.email)).permissions).toContain(STAFF_PERMISSIONS.manageClients);

    const emailTaken = await refused(
      call(IDENTITY_SUBJECTS.staffInvite, admin, { firstName: 'A', lastName: 'B', email: holder.email, roleId: role.id }),
    );
    expect(emailTaken).toMatchObject({ code: 'CONFLICT', details: { issues: [{ path: 'email' }] } });
    await call(IDENTITY_SUBJECTS.staffChangeRole, admin, { userId: holder.id, roleId: adminRole.id });
    await expect(call(IDENTITY_SUBJECTS.roleDelete, admin, { roleId: role.id })).resolves.toBeNull();
  });

  it('signs in and refreshes both audiences, each cookie only with its own audience', async () => {
    const { email } = await organization();
    const [account] = await dataSource.query(`INSERT INTO portal_accounts (name) VALUES ('Alley Cat Rescue') RETURNING id`);
    const portalEmail = `rescue-${randomUUID().slice(0, 8)}@example.test`;
    await dataSource.query(`INSERT INTO portal_users (portal_account_id, email, name, password_hash, permissions) VALUES ($1, $2, 'Dana Okafor', $3, $4)`, [
      account.id,
      portalEmail,
      await hashPassword(PASSWORD),
      ALL_PORTAL_PERMISSIONS,
    ]);

    const portal = await call<Session>(IDENTITY_SUBJECTS.portalSignIn, anonymous, { email: portalEmail, password: PASSWORD, ip: '10.1.0.9' });
    expect(claims(portal)).toMatchObject({ aud: 'portal', tenant: account.id, name: 'Dana Okafor', permissions: ALL_PORTAL_PERMISSIONS });
    expect((await refused(call(IDENTITY_SUBJECTS.portalSignIn, anonymous, { email, password: PASSWORD, ip: '10.1.0.9' }))).code).toBe('UNAUTHENTICATED');
    expect((await refused(signIn(portalEmail))).code).toBe('UNAUTHENTICATED');

    // The wrong audience is refused and does not spend the token.
    expect((await refused(refresh(portal, 'hq'))).code).toBe('UNAUTHENTICATED');
    const portalRefreshed = await refresh(portal, 'portal');
    expect(claims(portalRefreshed)).toMatchObject({ aud: 'portal', tenant: account.id });
    const staff = await signIn(email);
    expect((await refused(refresh(staff, 'portal'))).code).toBe('UNAUTHENTICATED');
    expect(claims(await refresh(staff, 'hq')).aud).toBe('hq');

    await expect(call(IDENTITY_SUBJECTS.signOut, anonymous, { refreshToken: portalRefreshed.refreshToken, audience: 'hq' })).resolves.toEqual({ sessionId: null });
    const out = await call<{ sessionId: string }>(IDENTITY_SUBJECTS.signOut, anonymous, { refreshToken: portalRefreshed.refreshToken, audience: 'portal' });
    expect(out.sessionId).toEqual(expect.any(String));
  });

  it('forgot password: a reset link for a known user of that audience only, answered the same either way', async () => {
    const { email } = await organization();
    const before = (await events(IDENTITY_EVENTS.passwordResetRequested.subject)).length;
    for (const [address, audience] of [[email, 'hq'], ['nobody@example.test', 'hq'], [email, 'portal']] as const) {
      await expect(call(IDENTITY_SUBJECTS.passwordForgot, anonymous, { email: address, audience, ip: '10.1.0.7' })).resolves.toBeNull();
    }
    const requested = (await events(IDENTITY_EVENTS.passwordResetRequested.subject)).slice(before);
    expect(requested).toEqual([expect.objectContaining({ audience: 'hq', email, name: 'Ada Admin' })]);
    const secret = await mint(requested[0].tokenId as string);
    const session = await signIn(email);
    await call(IDENTITY_SUBJECTS.passwordSet, anonymous, { token: secret, password: 'An0ther!pass', audience: 'hq', ip: '10.1.0.7' });
    // A reset ends the sessions that existed before it.
    expect((await refused(refresh(session, 'hq'))).code).toBe('UNAUTHENTICATED');
    await expect(signIn(email, 'An0ther!pass')).resolves.toMatchObject({ accessToken: expect.any(String) });
  });
});
