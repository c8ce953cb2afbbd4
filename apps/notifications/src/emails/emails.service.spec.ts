import { Logger } from '@nestjs/common';
import { IDENTITY_EVENTS, type EventEnvelope, type OrganizationSignedUp } from '@tailwise/contracts';
import type { EventHandler, MessagingRuntime } from '@tailwise/messaging';
import type { EntityManager } from 'typeorm';
import type { EmailsRepository, NewSentEmail, SentEmailRow } from './emails.repository';
import { EmailsService, WELCOME_EMAIL_CONSUMER } from './emails.service';
import type { Mailer, OutgoingEmail } from './mailer';

const manager = {} as EntityManager;

const event: EventEnvelope<OrganizationSignedUp> = {
  id: '0f5e2d4c-3b2a-4190-8e7d-6c5b4a392817',
  subject: IDENTITY_EVENTS.organizationSignedUp.subject,
  version: 1,
  occurredAt: '2026-03-01T12:00:00.000Z',
  data: {
    organizationId: '2b8f0a3e-4c55-4f0e-9a53-6f1d2d0c9e11',
    organizationName: 'Paws & Whiskers',
    clinicId: '8d0c6f4e-1c1b-4b5e-8f43-2f7f1f0f2a22',
    clinicName: 'Eastside',
    admin: { userId: 'c7d6b1a0-2e3f-4a5b-9c8d-7e6f5a4b3c33', email: 'Ana@Example.com', firstName: 'Ana', lastName: 'Ruiz' },
  },
};

function setUp(options: { alreadyRecorded?: boolean; smtpError?: Error } = {}) {
  const recorded: NewSentEmail[] = [];
  const sent: OutgoingEmail[] = [];
  const handlers: EventHandler<never>[] = [];
  const repository = {
    recordOnce: async (_m: EntityManager, email: NewSentEmail): Promise<SentEmailRow | null> => {
      recorded.push(email);
      if (options.alreadyRecorded) return null;
      return { id: 'a1b2c3d4-0000-4000-8000-000000000001', ...email, sentAt: new Date('2026-03-01T12:00:01Z') };
    },
  } as unknown as EmailsRepository;
  const mailer = {
    newMessageId: () => '<fixed@tailwise.local>',
    send: async (email: OutgoingEmail) => {
      if (options.smtpError) throw options.smtpError;
      sent.push(email);
    },
  } as unknown as Mailer;
  const messaging = { consumers: { register: (h: EventHandler<never>) => handlers.push(h) } } as unknown as MessagingRuntime;
  const service = new EmailsService(repository, mailer, messaging, { PUBLIC_URL: 'https://app.tailwise.test' });
  service.onModuleInit();
  return { service, recorded, sent, handlers };
}

describe('EmailsService', () => {
  it('registers the welcome-email consumer on organizationSignedUp', () => {
    const { handlers } = setUp();
    expect(handlers).toHaveLength(1);
    expect(handlers[0].consumer).toBe(WELCOME_EMAIL_CONSUMER);
    expect(handlers[0].event).toBe(IDENTITY_EVENTS.organizationSignedUp);
  });

  it('records, then sends the welcome email to the admin', async () => {
    const { handlers, recorded, sent } = setUp();
    await handlers[0].handle(event as never, manager);
    expect(recorded).toEqual([
      {
        kind: 'welcome',
        organizationId: event.data.organizationId,
        toAddress: 'ana@example.com',
        subject: 'Welcome to Tailwise, Ana',
        eventId: event.id,
        messageId: '<fixed@tailwise.local>',
      },
    ]);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: 'ana@example.com', subject: 'Welcome to Tailwise, Ana', messageId: '<fixed@tailwise.local>' });
    expect(sent[0].text).toContain('https://app.tailwise.test/sign-in');
  });

  it('does not send again when the event already has its email', async () => {
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const { handlers, sent } = setUp({ alreadyRecorded: true });
    await handlers[0].handle(event as never, manager);
    expect(sent).toHaveLength(0);
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ kind: 'welcome', eventId: event.id }));
    log.mockRestore();
  });

  it('lets an SMTP failure escape so the transaction rolls back and the event is redelivered', async () => {
    const { handlers } = setUp({ smtpError: new Error('connect ECONNREFUSED 127.0.0.1:1025') });
    await expect(handlers[0].handle(event as never, manager)).rejects.toThrow('ECONNREFUSED');
  });
});
