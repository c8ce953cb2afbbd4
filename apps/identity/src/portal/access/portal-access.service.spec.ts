import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ALL_STAFF_PERMISSIONS, AppError, IDENTITY_EVENTS, type StaffActor } from '@tailwise/contracts';
import type { PortalAccountsRepository } from '../accounts/portal-accounts.repository';
import type { PortalLinkEntity } from '../accounts/portal-link.entity';
import type { PortalLinks } from '../accounts/portal-links';
import type { PortalUserEntity } from '../accounts/portal-user.entity';
import type { PortalAccessRepository } from './portal-access.repository';
import { PortalAccessService } from './portal-access.service';

const ORG = randomUUID();
const ACCOUNT = randomUUID();
const actor: StaffActor = { kind: 'staff', userId: randomUUID(), organizationId: ORG, permissions: [...ALL_STAFF_PERMISSIONS], name: 'Robin Vet' };
const command = { clientId: randomUUID(), clientName: 'Mesa Cat Alliance', email: 'dana@rescue.test' };

function user(overrides: Partial<PortalUserEntity> = {}): PortalUserEntity {
  return {
    id: randomUUID(),
    portalAccountId: ACCOUNT,
    email: command.email,
    name: 'Dana Okafor',
    passwordHash: 'hash',
    permissions: [],
    lastLoginAt: null,
    createdAt: new Date(),
    ...overrides,
  };
}

/** Repositories that answer from a few fixed rows and record what was written. */
function setUp(found: { user?: PortalUserEntity | null; clientLink?: Partial<PortalLinkEntity> | null } = {}) {
  const calls: string[] = [];
  const events: { subject: string; data: unknown }[] = [];
  const manager = {
    // enqueueEvent writes the outbox row (and a NOTIFY) through the transaction's manager.
    query: jest.fn(async (sql: string, params: unknown[] = []) => {
      if (sql.startsWith('INSERT INTO outbox')) {
        const envelope = JSON.parse(params[2] as string) as { subject: string; data: unknown };
        events.push({ subject: envelope.subject, data: envelope.data });
      }
      return [];
    }),
  } as unknown as EntityManager;
  const access = {
    manager,
    transaction: (work: (m: EntityManager) => Promise<unknown>) => work(manager),
    lockClient: async () => void calls.push('lockClient'),
    supersedePending: async () => (calls.push('supersedePending'), 1),
    createInvitation: async (_m: EntityManager, invitation: Record<string, unknown>) => {
      calls.push('createInvitation');
      return { ...invitation, id: randomUUID(), acceptedAt: null, supersededAt: null };
    },
    addHistory: async (_m: EntityManager, entry: { kind: string }) => void calls.push(`history:${entry.kind}`),
    organizationName: async () => 'Paws Clinic',
    listInvitations: async () => [],
    history: async () => [],
  } as unknown as PortalAccessRepository;
  const accounts = {
    findUserByEmail: async () => found.user ?? null,
    findAccount: async () => ({ id: ACCOUNT, name: 'Mesa Cat Alliance', createdAt: new Date() }),
    lockClientLink: async () => found.clientLink ?? null,
    findClientLink: async () => found.clientLink ?? null,
    findAccountLink: async () => null,
    lastLoginAt: async () => null,
  } as unknown as PortalAccountsRepository;
  const service = new PortalAccessService(access, accounts, {} as PortalLinks);
  return { service, calls, events };
}

describe('PortalAccessService.invite', () => {
  it('sends nothing to an email that already has a portal login, offering Link with Account', async () => {
    const { service, calls, events } = setUp({ user: user() });
    const result = await service.invite(actor, command);
    expect(result).toMatchObject({
      outcome: 'existing-account',
      account: { id: ACCOUNT, name: 'Mesa Cat Alliance', userName: 'Dana Okafor', userEmail: command.email },
    });
    expect(calls).toEqual(['lockClient']);
    expect(events).toEqual([]);
  });

  it('supersedes pending invitations before sending a new one, and tells notifications (no secret)', async () => {
    const { service, calls, events } = setUp();
    const result = await service.invite(actor, command);
    expect(result.outcome).toBe('sent');
    expect(calls).toEqual(['lockClient', 'supersedePending', 'createInvitation', 'history:invitation-sent']);
    expect(events).toEqual([
      {
        subject: IDENTITY_EVENTS.portalInvitationSent.subject,
        data: expect.objectContaining({ kind: 'invite', organizationName: 'Paws Clinic', email: command.email, invitedByName: 'Robin Vet' }),
      },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/token/i);
  });

  it('invites a user who was added but never set a password like anyone new', async () => {
    const { service } = setUp({ user: user({ passwordHash: null }) });
    await expect(service.invite(actor, command)).resolves.toMatchObject({ outcome: 'sent' });
  });

  it('refuses, naming the email, when the client belongs to another account; nothing is written', async () => {
    const { service, calls, events } = setUp({ user: user(), clientLink: { portalAccountId: randomUUID(), status: 'active' } });
    const error = await service.invite(actor, command).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'CONFLICT', details: { issues: [{ path: 'email' }] } });
    expect(calls).toEqual(['lockClient']);
    expect(events).toEqual([]);
  });

  it('refuses staff without "manage portal access"', async () => {
    const { service, calls } = setUp();
    await expect(service.invite({ ...actor, permissions: ['clients.manage'] }, command)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(calls).toEqual([]);
  });
});
