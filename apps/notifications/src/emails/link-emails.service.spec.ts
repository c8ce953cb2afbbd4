import { Logger } from '@nestjs/common';
import { AppError, ERROR_CODES, IDENTITY_EVENTS, type EventEnvelope } from '@tailwise/contracts';
import type { EventHandler, MessagingRuntime } from '@tailwise/messaging';
import type { EntityManager } from 'typeorm';
import type { EmailsService, EmailToSend } from './emails.service';
import {
  LinkEmailsService,
  PASSWORD_RESET_CONSUMER,
  PORTAL_INVITATION_CONSUMER,
  PORTAL_USER_INVITE_CONSUMER,
  STAFF_INVITE_CONSUMER,
} from './link-emails.service';
import type { LinkTokens } from './link-tokens';

const manager = {} as EntityManager;
const PUBLIC_URL = 'https://app.tailwise.test';
const organizationId = '2b8f0a3e-4c55-4f0e-9a53-6f1d2d0c9e11';
const tokenId = '8d0c6f4e-1c1b-4b5e-8f43-2f7f1f0f2a22';
const invitationId = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c11';

function envelope<T>(subject: string, data: T): EventEnvelope<T> {
  return { id: '0f5e2d4c-3b2a-4190-8e7d-6c5b4a392817', subject, version: 1, occurredAt: '2026-03-01T12:00:00.000Z', data };
}

const staffInvited = envelope(IDENTITY_EVENTS.staffUserInvited.subject, {
  organizationId,
  organizationName: 'Paws & Whiskers',
  userId: 'c7d6b1a0-2e3f-4a5b-9c8d-7e6f5a4b3c33',
  email: 'Ben@Example.com',
  firstName: 'Ben',
  invitedByName: 'Ana Ruiz',
  tokenId,
  expiresAt: '2026-03-04T12:00:00.000Z',
});

function setUp(options: { token?: string | null; alreadySent?: boolean; mintError?: Error } = {}) {
  const sent: EmailToSend[] = [];
  const minted: { kind: 'password' | 'invitation'; id: string }[] = [];
  const handlers: EventHandler<never>[] = [];
  const emails = {
    wasSent: async () => options.alreadySent ?? false,
    send: async (_m: EntityManager, email: EmailToSend) => {
      sent.push(email);
      return null;
    },
  } as unknown as EmailsService;
  const mint = (kind: 'password' | 'invitation') => async (id: string) => {
    minted.push({ kind, id });
    if (options.mintError) throw options.mintError;
    return options.token === undefined ? 'minted-secret' : options.token;
  };
  const tokens = { passwordToken: mint('password'), portalInvitation: mint('invitation') } as unknown as LinkTokens;
  const messaging = { consumers: { register: (h: EventHandler<never>) => handlers.push(h) } } as unknown as MessagingRuntime;
  const service = new LinkEmailsService(emails, tokens, messaging, { PUBLIC_URL });
  service.onModuleInit();
  const handler = (consumer: string) => {
    const found = handlers.find((h) => h.consumer === consumer);
    if (!found) throw new Error(`no handler ${consumer}`);
    return (event: EventEnvelope<unknown>) => found.handle(event as never, manager);
  };
  return { handlers, handler, sent, minted };
}

describe('LinkEmailsService', () => {
  it('registers one consumer per identity event', () => {
    const { handlers } = setUp();
    expect(handlers.map((h) => [h.consumer, h.event])).toEqual([
      [STAFF_INVITE_CONSUMER, IDENTITY_EVENTS.staffUserInvited],
      [PASSWORD_RESET_CONSUMER, IDENTITY_EVENTS.passwordResetRequested],
      [PORTAL_USER_INVITE_CONSUMER, IDENTITY_EVENTS.portalUserInvited],
      [PORTAL_INVITATION_CONSUMER, IDENTITY_EVENTS.portalInvitationSent],
    ]);
  });

  it('mints the password token and sends the staff invite with the minted link', async () => {
    const { handler, sent, minted } = setUp();
    await handler(STAFF_INVITE_CONSUMER)(staffInvited);
    expect(minted).toEqual([{ kind: 'password', id: tokenId }]);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      kind: 'staff-invite',
      to: 'Ben@Example.com',
      organizationId,
      eventId: staffInvited.id,
      subject: "You're invited to Paws & Whiskers on Tailwise",
    });
    expect(sent[0].text).toContain(`${PUBLIC_URL}/set-password#token=minted-secret`);
  });

  it('sends nothing when the link is no longer pending', async () => {
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const { handler, sent } = setUp({ token: null });
    await handler(STAFF_INVITE_CONSUMER)(staffInvited);
    expect(sent).toEqual([]);
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ kind: 'staff-invite', eventId: staffInvited.id }));
    log.mockRestore();
  });

  it('neither mints nor sends when the event already has its email, so the sent link keeps working', async () => {
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const { handler, sent, minted } = setUp({ alreadySent: true });
    await handler(STAFF_INVITE_CONSUMER)(staffInvited);
    expect(minted).toEqual([]);
    expect(sent).toEqual([]);
    log.mockRestore();
  });

  it('lets a failed mint escape so the event is retried', async () => {
    const { handler, sent } = setUp({ mintError: new AppError(ERROR_CODES.UNAVAILABLE, 'identity is down') });
    await expect(handler(STAFF_INVITE_CONSUMER)(staffInvited)).rejects.toThrow('identity is down');
    expect(sent).toEqual([]);
  });

  it('sends a portal password reset to the portal page, outside any organization', async () => {
    const { handler, sent, minted } = setUp();
    await handler(PASSWORD_RESET_CONSUMER)(
      envelope(IDENTITY_EVENTS.passwordResetRequested.subject, {
        audience: 'portal',
        userId: 'c7d6b1a0-2e3f-4a5b-9c8d-7e6f5a4b3c33',
        email: 'cy@example.com',
        name: 'Cy Lee',
        organizationId: null,
        tokenId,
        expiresAt: '2026-03-01T13:00:00.000Z',
      }),
    );
    expect(minted).toEqual([{ kind: 'password', id: tokenId }]);
    expect(sent[0]).toMatchObject({ kind: 'password-reset', organizationId: null, subject: 'Reset your Tailwise Portal password' });
    expect(sent[0].text).toContain(`${PUBLIC_URL}/portal/set-password#token=minted-secret`);
  });

  it('records a portal user invite under no organization', async () => {
    const { handler, sent } = setUp();
    await handler(PORTAL_USER_INVITE_CONSUMER)(
      envelope(IDENTITY_EVENTS.portalUserInvited.subject, {
        portalAccountId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
        accountName: 'Happy Tails Rescue',
        portalUserId: 'c7d6b1a0-2e3f-4a5b-9c8d-7e6f5a4b3c33',
        email: 'cy@example.com',
        name: 'Cy Lee',
        invitedByName: 'Dee Moss',
        tokenId,
        expiresAt: '2026-03-04T12:00:00.000Z',
      }),
    );
    expect(sent[0]).toMatchObject({ kind: 'portal-user-invite', organizationId: null });
    expect(sent[0].text).toContain(`${PUBLIC_URL}/portal/set-password#token=minted-secret`);
  });

  it.each([
    ['invite', 'portal-invite', 'Paws & Whiskers invites you to the Tailwise Portal'],
    ['claim', 'portal-claim', 'Set up your Paws & Whiskers client portal login'],
  ] as const)('mints the invitation and sends a portal %s email', async (kind, emailKind, subject) => {
    const { handler, sent, minted } = setUp();
    await handler(PORTAL_INVITATION_CONSUMER)(
      envelope(IDENTITY_EVENTS.portalInvitationSent.subject, {
        invitationId,
        kind,
        organizationId,
        organizationName: 'Paws & Whiskers',
        clientId: 'c7d6b1a0-2e3f-4a5b-9c8d-7e6f5a4b3c33',
        clientName: 'Eve Park',
        email: 'eve@example.com',
        invitedByName: null,
        expiresAt: '2026-03-04T12:00:00.000Z',
      }),
    );
    expect(minted).toEqual([{ kind: 'invitation', id: invitationId }]);
    expect(sent[0]).toMatchObject({ kind: emailKind, organizationId, subject });
    expect(sent[0].text).toContain(`${PUBLIC_URL}/portal/invitation#token=minted-secret`);
  });
});
