import { randomUUID } from 'node:crypto';
import type { JetStreamClient } from 'nats';
import type { DataSource } from 'typeorm';
import { generateSigningKeyPem, sha256 } from '@tailwise/auth';
import {
  ALL_PORTAL_PERMISSIONS,
  ALL_STAFF_PERMISSIONS,
  AppError,
  CLIENTS_EVENTS,
  IDENTITY_EVENTS,
  IDENTITY_SUBJECTS,
  PORTAL_PERMISSIONS,
  type ActivePortalLinks,
  type Actor,
  type EventEnvelope,
  type MintedLinkToken,
  type PortalAccess,
  type PortalActor,
  type PortalInvitationInfo,
  type PortalInviteResult,
  type PortalMeResponse,
  type PortalUser,
  type Session,
  type StaffActor,
} from '@tailwise/contracts';
import type { RpcClient } from '@tailwise/messaging';
import { startServiceHarness, type ServiceHarness } from '@tailwise/service-testing';
import { waitFor } from '@tailwise/testing';
import { AppModule } from '../app.module';
import { loadIdentityConfig, type IdentityConfig } from '../config';

// Portal access as it runs: identity's AppModule on its own PostgreSQL database and a private
// nats-server, called over NATS the way the gateway and notifications call it.

const anonymous: Actor = { kind: 'anonymous' };
const PASSWORD = 'Portal!pass1';

interface Organization {
  id: string;
  name: string;
  admin: StaffActor;
}

describe('portal access (PostgreSQL + NATS)', () => {
  let harness: ServiceHarness<IdentityConfig>;
  let dataSource: DataSource;
  let rpc: RpcClient;
  let js: JetStreamClient;

  beforeAll(async () => {
    harness = await startServiceHarness({
      name: 'identity_portal',
      loadConfig: loadIdentityConfig,
      module: (config) => AppModule.forRoot(config),
      env: { AUTH_PRIVATE_KEY: generateSigningKeyPem().privateKeyPem },
    });
    ({ dataSource, rpc } = harness);
    js = harness.nc.jetstream();
  });

  afterAll(() => harness?.close());

  const tag = () => randomUUID().slice(0, 8);
  const call = <T>(subject: string, actor: Actor, data: unknown) => rpc.request<T>(subject, actor, data);

  async function refused(promise: Promise<unknown>): Promise<AppError> {
    const error = await promise.then(() => null, (e: unknown) => e);
    if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
    return error;
  }

  async function signUp(name: string): Promise<Organization> {
    const email = `admin-${tag()}@clinic.test`;
    await call<Session>(IDENTITY_SUBJECTS.signUp, anonymous, {
      organizationName: name,
      clinicName: `${name} Clinic`,
      firstName: 'Robin',
      lastName: 'Vet',
      email,
      password: PASSWORD,
      ip: '10.0.0.1',
    });
    const [row]: { id: string; organization_id: string }[] = await dataSource.query(
      `SELECT id, organization_id FROM staff_users WHERE email = $1`,
      [email],
    );
    return {
      id: row.organization_id,
      name,
      admin: { kind: 'staff', userId: row.id, organizationId: row.organization_id, permissions: [...ALL_STAFF_PERMISSIONS], name: 'Robin Vet' },
    };
  }

  /** A staff member with every permission but a custom (not Admin) role. */
  async function nonAdmin(org: Organization): Promise<StaffActor> {
    const [role]: { id: string }[] = await dataSource.query(
      `INSERT INTO roles (organization_id, name, is_admin, permissions) VALUES ($1, $2, false, $3) RETURNING id`,
      [org.id, `Front desk ${tag()}`, ALL_STAFF_PERMISSIONS],
    );
    const [user]: { id: string }[] = await dataSource.query(
      `INSERT INTO staff_users (organization_id, role_id, email, first_name, last_name, password_hash)
       VALUES ($1, $2, $3, 'Sam', 'Desk', 'x') RETURNING id`,
      [org.id, role.id, `desk-${tag()}@clinic.test`],
    );
    return { ...org.admin, userId: user.id, name: 'Sam Desk' };
  }

  const client = () => ({ clientId: randomUUID(), clientName: `Alley Cat Rescue ${tag()}` });
  const invite = (actor: StaffActor, c: { clientId: string; clientName: string }, email: string) =>
    call<PortalInviteResult>(IDENTITY_SUBJECTS.portalAccessInvite, actor, { ...c, email });
  const getAccess = (actor: StaffActor, clientId: string) => call<PortalAccess>(IDENTITY_SUBJECTS.portalAccessGet, actor, { clientId });
  const activeLinks = (portalAccountId: string) =>
    call<ActivePortalLinks>(IDENTITY_SUBJECTS.portalLinksActive, anonymous, { portalAccountId });

  /** The newest invitation for the client, and a freshly minted secret for its link. */
  async function mintLatest(organizationId: string, clientId: string): Promise<{ id: string; token: string }> {
    const [row]: { id: string }[] = await dataSource.query(
      `SELECT id FROM portal_invitations WHERE organization_id = $1 AND client_id = $2 ORDER BY created_at DESC LIMIT 1`,
      [organizationId, clientId],
    );
    const { token } = await call<MintedLinkToken>(IDENTITY_SUBJECTS.portalInvitationMint, anonymous, { id: row.id });
    if (!token) throw new Error('expected a token');
    return { id: row.id, token };
  }

  const newAccount = (token: string, name = 'Dana Okafor') =>
    call<Session>(IDENTITY_SUBJECTS.portalInvitationNewAccount, anonymous, { token, name, password: PASSWORD, ip: '10.0.0.2' });

  function portalActor(session: Session): PortalActor {
    const claims = JSON.parse(Buffer.from(session.accessToken.split('.')[1], 'base64url').toString()) as {
      sub: string;
      tenant: string;
      permissions: string[];
      name?: string;
    };
    return { kind: 'portal', portalUserId: claims.sub, portalAccountId: claims.tenant, permissions: claims.permissions, name: claims.name };
  }

  async function outbox(subject: string): Promise<EventEnvelope<Record<string, unknown>>[]> {
    const rows: { envelope: EventEnvelope<Record<string, unknown>> }[] = await dataSource.query(
      `SELECT envelope FROM outbox WHERE subject = $1 ORDER BY created_at`,
      [subject],
    );
    return rows.map((r) => r.envelope);
  }

  it('invites, accepts with a new account and links the client; only hashes of secrets are stored', async () => {
    const org = await signUp(`Paws ${tag()}`);
    const c = client();
    const email = `dana-${tag()}@rescue.test`;
    const sent = await invite(org.admin, c, email);
    expect(sent).toMatchObject({ outcome: 'sent', access: { status: 'invited', invited: true, account: null } });
    if (sent.outcome !== 'sent') throw new Error('expected sent');
    expect(sent.access.history).toEqual([
      expect.objectContaining({ kind: 'invitation-sent', email, by: 'Robin Vet', invitationStatus: 'pending' }),
    ]);

    const [event] = (await outbox(IDENTITY_EVENTS.portalInvitationSent.subject)).filter((e) => e.data.clientId === c.clientId);
    expect(event.data).toMatchObject({ kind: 'invite', organizationName: org.name, clientName: c.clientName, email, invitedByName: 'Robin Vet' });
    expect(JSON.stringify(event)).not.toMatch(/token/i);

    const [before]: { token_hash: string }[] = await dataSource.query(`SELECT token_hash FROM portal_invitations WHERE id = $1`, [
      event.data.invitationId,
    ]);
    const { token } = await mintLatest(org.id, c.clientId);
    const [after]: { token_hash: string }[] = await dataSource.query(`SELECT token_hash FROM portal_invitations WHERE id = $1`, [
      event.data.invitationId,
    ]);
    expect(after.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(after.token_hash).toBe(sha256(token));
    expect(after.token_hash).not.toBe(before.token_hash);
    const [{ n }]: { n: number }[] = await dataSource.query(`SELECT count(*)::int AS n FROM portal_invitations WHERE token_hash = $1`, [token]);
    expect(n).toBe(0);

    const info = await call<PortalInvitationInfo>(IDENTITY_SUBJECTS.portalInvitationCheck, anonymous, { token });
    expect(info).toMatchObject({ kind: 'invite', email, organizationName: org.name, clientName: c.clientName, existingAccount: false, suggestedName: null });

    const session = await newAccount(token);
    const actor = portalActor(session);
    expect(actor.permissions.sort()).toEqual([...ALL_PORTAL_PERMISSIONS].sort());

    const access = await getAccess(org.admin, c.clientId);
    expect(access).toMatchObject({ status: 'active', account: { id: actor.portalAccountId, name: c.clientName }, invited: true });
    expect(access.lastPortalLoginAt).not.toBeNull();
    expect(access.history.map((h) => [h.kind, h.invitationStatus])).toEqual([
      ['invitation-accepted', null],
      ['invitation-sent', 'accepted'],
    ]);
    expect(await activeLinks(actor.portalAccountId)).toEqual({ links: [{ organizationId: org.id, clientId: c.clientId }] });
    const opened = (await outbox(IDENTITY_EVENTS.portalLinkOpened.subject)).filter((e) => e.data.clientId === c.clientId);
    expect(opened).toHaveLength(1);

    const me = await call<PortalMeResponse>(IDENTITY_SUBJECTS.portalMe, actor, {});
    expect(me).toMatchObject({
      user: { id: actor.portalUserId, email, name: 'Dana Okafor' },
      account: { id: actor.portalAccountId, name: c.clientName },
      links: [{ organizationId: org.id, organizationName: org.name, clientId: c.clientId, clinics: [expect.objectContaining({ name: `${org.name} Clinic` })] }],
    });

    // The same link cannot be used again.
    const again = await refused(newAccount(token));
    expect(again).toMatchObject({ code: 'NOT_FOUND', message: 'This link is no longer valid. Ask for a new one.' });
  });

  it('links an existing account with a second organization, then Close Access drops it from the active links', async () => {
    const first = await signUp(`Alpha ${tag()}`);
    const second = await signUp(`Beta ${tag()}`);
    const c1 = client();
    const email = `multi-${tag()}@rescue.test`;
    await invite(first.admin, c1, email);
    const actor = portalActor(await newAccount((await mintLatest(first.id, c1.clientId)).token));

    const c2 = client();
    const result = await invite(second.admin, c2, email);
    expect(result).toMatchObject({
      outcome: 'existing-account',
      account: { id: actor.portalAccountId, name: c1.clientName, userEmail: email },
      access: { status: 'none', invited: false },
    });
    const [{ n }]: { n: number }[] = await dataSource.query(`SELECT count(*)::int AS n FROM portal_invitations WHERE client_id = $1`, [c2.clientId]);
    expect(n).toBe(0);

    const linked = await call<PortalAccess>(IDENTITY_SUBJECTS.portalAccessLink, second.admin, { ...c2, email });
    expect(linked).toMatchObject({ status: 'active', account: { id: actor.portalAccountId } });
    expect(linked.history[0]).toMatchObject({ kind: 'account-linked', email, by: 'Robin Vet' });
    expect((await activeLinks(actor.portalAccountId)).links).toHaveLength(2);

    // Already active: a second Send is refused, naming the email.
    const dup = await refused(invite(second.admin, c2, email));
    expect(dup).toMatchObject({ code: 'CONFLICT', message: "This email already has access to this client's portal." });
    expect(dup.details).toEqual({ issues: [{ path: 'email', message: dup.message }] });

    // Another client of the same organization, already linked to someone else's account.
    const otherEmail = `other-${tag()}@rescue.test`;
    await invite(second.admin, client(), otherEmail);
    const c3 = client();
    await invite(second.admin, c3, otherEmail);
    await newAccount((await mintLatest(second.id, c3.clientId)).token);
    const elsewhere = await refused(invite(second.admin, c3, email));
    expect(elsewhere.message).toBe(
      'This client already has portal access with another account. Delete portal access permanently first, or use another email.',
    );
    expect(elsewhere.details).toMatchObject({ issues: [{ path: 'email' }] });

    const closed = await call<PortalAccess>(IDENTITY_SUBJECTS.portalAccessClose, second.admin, { clientId: c2.clientId });
    expect(closed.status).toBe('closed');
    expect(closed.history[0]).toMatchObject({ kind: 'access-closed', by: 'Robin Vet' });
    expect(await activeLinks(actor.portalAccountId)).toEqual({ links: [{ organizationId: first.id, clientId: c1.clientId }] });
    const closedEvents = (await outbox(IDENTITY_EVENTS.portalLinkClosed.subject)).filter((e) => e.data.clientId === c2.clientId);
    expect(closedEvents).toHaveLength(1);
    expect(closedEvents[0].data).toMatchObject({ portalAccountId: actor.portalAccountId, organizationId: second.id });

    const nothing = await refused(call(IDENTITY_SUBJECTS.portalAccessClose, second.admin, { clientId: c2.clientId }));
    expect(nothing.code).toBe('CONFLICT');

    // Another organization sees nothing of this client, and cannot delete it.
    expect(await getAccess(first.admin, c2.clientId)).toMatchObject({ status: 'none', account: null, history: [] });
    expect((await refused(call(IDENTITY_SUBJECTS.portalAccessDelete, first.admin, { clientId: c2.clientId }))).code).toBe('NOT_FOUND');

    // Delete permanently: Admin only.
    const desk = await nonAdmin(second);
    const forbidden = await refused(call(IDENTITY_SUBJECTS.portalAccessDelete, desk, { clientId: c2.clientId }));
    expect(forbidden).toMatchObject({ code: 'FORBIDDEN', message: 'Only an admin can delete portal access permanently' });
    await call(IDENTITY_SUBJECTS.portalAccessDelete, second.admin, { clientId: c2.clientId });
    expect(await getAccess(second.admin, c2.clientId)).toMatchObject({ status: 'none', account: null });
    expect((await outbox(IDENTITY_EVENTS.portalLinkDeleted.subject)).filter((e) => e.data.clientId === c2.clientId)).toHaveLength(1);
  });

  it('lets exactly one of two concurrent acceptances of one invitation win', async () => {
    const org = await signUp(`Gamma ${tag()}`);
    const c = client();
    await invite(org.admin, c, `race-${tag()}@rescue.test`);
    const { token } = await mintLatest(org.id, c.clientId);
    const results = await Promise.allSettled([newAccount(token, 'First'), newAccount(token, 'Second')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [loser] = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(loser.reason).toMatchObject({ code: 'NOT_FOUND' });
    const [{ n }]: { n: number }[] = await dataSource.query(`SELECT count(*)::int AS n FROM portal_links WHERE client_id = $1`, [c.clientId]);
    expect(n).toBe(1);
  });

  it('refuses superseded and expired invitations, and mints nothing for them', async () => {
    const org = await signUp(`Delta ${tag()}`);
    const c = client();
    await invite(org.admin, c, `first-${tag()}@rescue.test`);
    const old = await mintLatest(org.id, c.clientId);
    await invite(org.admin, c, `second-${tag()}@rescue.test`);
    const superseded = await refused(call(IDENTITY_SUBJECTS.portalInvitationCheck, anonymous, { token: old.token }));
    expect(superseded).toMatchObject({ code: 'NOT_FOUND', message: 'This link is no longer valid. Ask for a new one.' });
    expect(await call(IDENTITY_SUBJECTS.portalInvitationMint, anonymous, { id: old.id })).toEqual({ token: null });
    const access = await getAccess(org.admin, c.clientId);
    expect(access.history.map((h) => h.invitationStatus)).toEqual(['pending', 'superseded']);

    const current = await mintLatest(org.id, c.clientId);
    await dataSource.query(`UPDATE portal_invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [current.id]);
    const expired = await refused(newAccount(current.token));
    expect(expired).toMatchObject({ code: 'NOT_FOUND', message: 'This link has expired. Ask for a new one.' });
    expect(await call(IDENTITY_SUBJECTS.portalInvitationMint, anonymous, { id: current.id })).toEqual({ token: null });
    expect(await getAccess(org.admin, c.clientId)).toMatchObject({ status: 'none', history: [{ invitationStatus: 'expired' }, { invitationStatus: 'superseded' }] });
  });

  it('sends a claim when a client is allowed to log in, which an existing portal user accepts by signing in', async () => {
    const org = await signUp(`Epsilon ${tag()}`);
    const home = client();
    const email = `owner-${tag()}@pets.test`;
    await invite(org.admin, home, email);
    await newAccount((await mintLatest(org.id, home.clientId)).token, 'Theo Marsh');
    await call(IDENTITY_SUBJECTS.portalAccessDelete, org.admin, { clientId: home.clientId });

    const other = await signUp(`Zeta ${tag()}`);
    const clientId = randomUUID();
    const envelope: EventEnvelope = {
      id: randomUUID(),
      subject: CLIENTS_EVENTS.clientLoginAllowed.subject,
      version: CLIENTS_EVENTS.clientLoginAllowed.version,
      occurredAt: new Date().toISOString(),
      data: { clientId, organizationId: other.id, email, firstName: 'Theo', lastName: 'Marsh' },
    };
    await js.publish(envelope.subject, Buffer.from(JSON.stringify(envelope)), { msgID: envelope.id });
    const [claim] = await waitFor(
      async () => {
        const rows: { id: string; kind: string; client_name: string; invited_by_name: string | null }[] = await dataSource.query(
          `SELECT id, kind, client_name, invited_by_name FROM portal_invitations WHERE client_id = $1`,
          [clientId],
        );
        return rows.length > 0 && rows;
      },
      { description: 'a claim invitation' },
    );
    expect(claim).toMatchObject({ kind: 'claim', client_name: 'Theo Marsh', invited_by_name: null });
    const [sent] = (await outbox(IDENTITY_EVENTS.portalInvitationSent.subject)).filter((e) => e.data.clientId === clientId);
    expect(sent.data).toMatchObject({ kind: 'claim', organizationName: other.name, email, invitedByName: null });
    expect((await getAccess(other.admin, clientId)).history).toEqual([
      expect.objectContaining({ kind: 'claim-sent', email, by: null, invitationStatus: 'pending' }),
    ]);

    const { token } = await mintLatest(other.id, clientId);
    const info = await call<PortalInvitationInfo>(IDENTITY_SUBJECTS.portalInvitationCheck, anonymous, { token });
    expect(info).toMatchObject({ kind: 'claim', existingAccount: true, suggestedName: 'Theo Marsh' });
    const exists = await refused(newAccount(token));
    expect(exists).toMatchObject({ code: 'CONFLICT', message: 'An account with this email already exists. Sign in to link it.' });

    const wrong = await refused(
      call(IDENTITY_SUBJECTS.portalInvitationSignIn, anonymous, { token, email, password: 'Wrong!pass1', ip: '10.0.0.3' }),
    );
    expect(wrong.code).toBe('UNAUTHENTICATED');
    const session = await call<Session>(IDENTITY_SUBJECTS.portalInvitationSignIn, anonymous, { token, email, password: PASSWORD, ip: '10.0.0.3' });
    const actor = portalActor(session);
    expect(await activeLinks(actor.portalAccountId)).toEqual({ links: [{ organizationId: other.id, clientId }] });
    expect((await getAccess(other.admin, clientId)).status).toBe('active');
  });

  it('drops the link when clients deletes the client', async () => {
    const org = await signUp(`Eta ${tag()}`);
    const c = client();
    await invite(org.admin, c, `gone-${tag()}@rescue.test`);
    const actor = portalActor(await newAccount((await mintLatest(org.id, c.clientId)).token));
    const envelope: EventEnvelope = {
      id: randomUUID(),
      subject: CLIENTS_EVENTS.clientDeleted.subject,
      version: CLIENTS_EVENTS.clientDeleted.version,
      occurredAt: new Date().toISOString(),
      data: { clientId: c.clientId, organizationId: org.id },
    };
    await js.publish(envelope.subject, Buffer.from(JSON.stringify(envelope)), { msgID: envelope.id });
    await waitFor(async () => (await activeLinks(actor.portalAccountId)).links.length === 0, { description: 'the link deleted' });
    expect((await outbox(IDENTITY_EVENTS.portalLinkDeleted.subject)).filter((e) => e.data.clientId === c.clientId)).toHaveLength(1);
  });

  it("manages the account's users within the account", async () => {
    const org = await signUp(`Theta ${tag()}`);
    const c = client();
    await invite(org.admin, c, `lead-${tag()}@rescue.test`);
    const lead = portalActor(await newAccount((await mintLatest(org.id, c.clientId)).token, 'Lead Person'));

    const email = `helper-${tag()}@rescue.test`;
    const added = await call<PortalUser>(IDENTITY_SUBJECTS.portalUserAdd, lead, {
      name: 'Helper',
      email,
      permissions: [PORTAL_PERMISSIONS.viewAppointments],
    });
    expect(added).toMatchObject({ email, status: 'invited', permissions: [PORTAL_PERMISSIONS.viewAppointments] });
    const [invited] = (await outbox(IDENTITY_EVENTS.portalUserInvited.subject)).filter((e) => e.data.portalUserId === added.id);
    expect(invited.data).toMatchObject({ accountName: c.clientName, invitedByName: 'Lead Person', email });

    const taken = await refused(call(IDENTITY_SUBJECTS.portalUserAdd, lead, { name: 'Again', email, permissions: [] }));
    expect(taken).toMatchObject({ code: 'CONFLICT', details: { issues: [{ path: 'email' }] } });

    const updated = await call<PortalUser>(IDENTITY_SUBJECTS.portalUserUpdate, lead, {
      portalUserId: added.id,
      name: 'Helper Two',
      permissions: [PORTAL_PERMISSIONS.viewAppointments, PORTAL_PERMISSIONS.viewInvoices],
    });
    expect(updated.name).toBe('Helper Two');
    expect((await outbox(IDENTITY_EVENTS.userAccessChanged.subject)).filter((e) => e.data.userId === added.id)).toHaveLength(1);

    const last = await refused(
      call(IDENTITY_SUBJECTS.portalUserUpdate, lead, { portalUserId: lead.portalUserId, name: 'Lead Person', permissions: [] }),
    );
    expect(last.code).toBe('CONFLICT');
    expect((await refused(call(IDENTITY_SUBJECTS.portalUserRemove, lead, { portalUserId: lead.portalUserId }))).code).toBe('CONFLICT');

    // Another account's user is not found; without users.manage nothing is allowed.
    const stranger: PortalActor = { ...lead, portalAccountId: randomUUID() };
    expect((await refused(call(IDENTITY_SUBJECTS.portalUserRemove, stranger, { portalUserId: added.id }))).code).toBe('NOT_FOUND');
    const viewer: PortalActor = { ...lead, permissions: [PORTAL_PERMISSIONS.viewAppointments] };
    expect((await refused(call(IDENTITY_SUBJECTS.portalUserList, viewer, {}))).code).toBe('FORBIDDEN');

    await call(IDENTITY_SUBJECTS.portalUserRemove, lead, { portalUserId: added.id });
    const users = await call<PortalUser[]>(IDENTITY_SUBJECTS.portalUserList, lead, {});
    expect(users.map((u) => u.id)).toEqual([lead.portalUserId]);
  });
});
