import { randomUUID } from 'node:crypto';
import {
  EVENTS_STREAM,
  IDENTITY_EVENTS,
  IDENTITY_SUBJECTS,
  anonymousActorSchema,
  mintLinkTokenCommandSchema,
  type EventEnvelope,
  type PasswordResetRequested,
  type PortalInvitationSent,
  type PortalUserInvited,
  type StaffUserInvited,
} from '@tailwise/contracts';
import { durableName } from '@tailwise/messaging';
import { startServiceHarness, type ServiceHarness } from '@tailwise/service-testing';
import { waitFor } from '@tailwise/testing';
import type { JetStreamClient, JetStreamManager, Subscription } from 'nats';
import type { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { loadNotificationsConfig, type NotificationsConfig } from '../src/config';
import {
  PASSWORD_RESET_CONSUMER,
  PORTAL_INVITATION_CONSUMER,
  PORTAL_USER_INVITE_CONSUMER,
  STAFF_INVITE_CONSUMER,
} from '../src/emails/link-emails.service';
import { startMaildev, type CaughtEmail, type TestMaildev } from './maildev';

const PUBLIC_URL = 'https://tailwise.test';

/**
 * Stands in for identity's mint handlers, in Nest's wire format. Each id answers with what
 * the test set for it: a secret, `null` (no longer pending), or an error (identity failing;
 * also for an id the test has not set).
 */
class FakeIdentityMint {
  readonly answers = new Map<string, string | null | 'unavailable'>();
  readonly calls: { subject: string; id: string }[] = [];
  private readonly subscriptions: Subscription[] = [];

  constructor(harness: ServiceHarness<NotificationsConfig>) {
    for (const subject of [IDENTITY_SUBJECTS.passwordTokenMint, IDENTITY_SUBJECTS.portalInvitationMint]) {
      this.subscriptions.push(
        harness.nc.subscribe(subject, {
          callback: (_error, msg) => {
            const packet = msg.json<{ id: string; data: { actor: unknown; data: unknown } }>();
            anonymousActorSchema.parse(packet.data.actor);
            const { id } = mintLinkTokenCommandSchema.parse(packet.data.data);
            this.calls.push({ subject, id });
            const answer = this.answers.get(id);
            const body =
              answer === 'unavailable' || answer === undefined
                ? { err: { code: 'UNAVAILABLE', message: 'Identity is restarting' } }
                : { response: { token: answer } };
            msg.respond(Buffer.from(JSON.stringify({ ...body, isDisposed: true, id: packet.id })));
          },
        }),
      );
    }
  }

  callsFor(id: string) {
    return this.calls.filter((c) => c.id === id);
  }

  stop(): void {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
  }
}

describe('notifications: emails with a one-time link', () => {
  let harness: ServiceHarness<NotificationsConfig>;
  let maildev: TestMaildev;
  let identity: FakeIdentityMint;
  let dataSource: DataSource;
  let js: JetStreamClient;
  let jsm: JetStreamManager;

  beforeAll(async () => {
    maildev = await startMaildev();
    harness = await startServiceHarness({
      name: 'notifications',
      loadConfig: loadNotificationsConfig,
      module: (config) => AppModule.forRoot(config),
      env: { SMTP_PORT: String(maildev.smtpPort), PUBLIC_URL },
    });
    ({ dataSource, jsm } = harness);
    js = harness.nc.jetstream();
    identity = new FakeIdentityMint(harness);
  });

  afterAll(async () => {
    identity?.stop();
    await harness?.close();
    await maildev?.stop();
  });

  function envelope<T>(definition: { subject: string; version: number }, data: T): EventEnvelope<T> {
    return {
      id: randomUUID(),
      subject: definition.subject,
      version: definition.version,
      occurredAt: new Date().toISOString(),
      correlationId: randomUUID(),
      data,
    };
  }

  const address = (who: string) => `${who}-${randomUUID().slice(0, 8)}@example.com`;
  const in72Hours = () => new Date(Date.now() + 72 * 3600_000).toISOString();

  function staffInvited(): EventEnvelope<StaffUserInvited> {
    return envelope(IDENTITY_EVENTS.staffUserInvited, {
      organizationId: randomUUID(),
      organizationName: 'Paws & Whiskers',
      userId: randomUUID(),
      email: address('ben'),
      firstName: 'Ben',
      invitedByName: 'Ana Ruiz',
      tokenId: randomUUID(),
      expiresAt: in72Hours(),
    });
  }

  function portalInvitation(kind: 'invite' | 'claim'): EventEnvelope<PortalInvitationSent> {
    return envelope(IDENTITY_EVENTS.portalInvitationSent, {
      invitationId: randomUUID(),
      kind,
      organizationId: randomUUID(),
      organizationName: 'Paws & Whiskers',
      clientId: randomUUID(),
      clientName: 'Eve Park',
      email: address('eve'),
      invitedByName: kind === 'invite' ? 'Ana Ruiz' : null,
      expiresAt: in72Hours(),
    });
  }

  async function publish(event: EventEnvelope, msgID = event.id) {
    return js.publish(event.subject, Buffer.from(JSON.stringify(event)), { msgID });
  }

  async function consumedThrough(consumer: string, subject: string, seq: number): Promise<void> {
    const durable = durableName(consumer, subject);
    await waitFor(
      async () => {
        const info = await jsm.consumers.info(EVENTS_STREAM.name, durable);
        return info.ack_floor.stream_seq >= seq && info.num_ack_pending === 0;
      },
      { timeoutMs: 20_000, description: `${durable} acked through seq ${seq}` },
    );
  }

  async function inboxOf(to: string): Promise<CaughtEmail[]> {
    return (await maildev.emails()).filter((e) => e.to.some((t) => t.address === to));
  }

  async function firstEmailTo(to: string): Promise<CaughtEmail> {
    const [email] = await waitFor(
      async () => {
        const inbox = await inboxOf(to);
        return inbox.length > 0 && inbox;
      },
      { timeoutMs: 20_000, description: `an email to ${to}` },
    );
    return email;
  }

  function sentRows(eventId: string): Promise<Record<string, unknown>[]> {
    return dataSource.query(`SELECT * FROM sent_emails WHERE event_id = $1`, [eventId]);
  }

  it('sends a staff invite with the minted link, once, and keeps the secret out of its database', async () => {
    const event = staffInvited();
    const secret = `s3cr3t_${randomUUID()}`;
    identity.answers.set(event.data.tokenId, secret);
    const ack = await publish(event);

    const email = await firstEmailTo(event.data.email);
    await consumedThrough(STAFF_INVITE_CONSUMER, event.subject, ack.seq);
    const link = `${PUBLIC_URL}/set-password#token=${secret}`;
    expect(email.subject).toBe("You're invited to Paws & Whiskers on Tailwise");
    expect(email.text).toContain(`\n${link}\n`);
    expect(email.text).toContain('This link works once and expires in 72 hours.');
    expect(email.html).toContain(`href="${link}"`);
    expect(identity.callsFor(event.data.tokenId)).toEqual([{ subject: IDENTITY_SUBJECTS.passwordTokenMint, id: event.data.tokenId }]);

    const rows = await sentRows(event.id);
    expect(rows).toEqual([
      expect.objectContaining({
        kind: 'staff-invite',
        to_address: event.data.email,
        subject: email.subject,
        organization_id: event.data.organizationId,
        message_id: email.headers['message-id'],
      }),
    ]);
    expect(JSON.stringify(rows)).not.toContain(secret);

    // A redelivery, and one that also lost its processed-events row: no second email, and
    // no second mint either (it would replace the secret and break the link already sent).
    const again = await publish(event, randomUUID());
    await consumedThrough(STAFF_INVITE_CONSUMER, event.subject, again.seq);
    await dataSource.query(`DELETE FROM processed_events WHERE event_id = $1`, [event.id]);
    const unguarded = await publish(event, randomUUID());
    await consumedThrough(STAFF_INVITE_CONSUMER, event.subject, unguarded.seq);
    expect(await inboxOf(event.data.email)).toHaveLength(1);
    expect(await sentRows(event.id)).toHaveLength(1);
    expect(identity.callsFor(event.data.tokenId)).toHaveLength(1);
  });

  it('sends nothing and records nothing when identity says the link is no longer pending', async () => {
    const event = staffInvited();
    identity.answers.set(event.data.tokenId, null);
    const ack = await publish(event);
    await consumedThrough(STAFF_INVITE_CONSUMER, event.subject, ack.seq);

    expect(identity.callsFor(event.data.tokenId)).toHaveLength(1);
    expect(await inboxOf(event.data.email)).toEqual([]);
    expect(await sentRows(event.id)).toEqual([]);
    // Handled for good: no retry will mint again.
    expect(await dataSource.query(`SELECT 1 FROM processed_events WHERE event_id = $1`, [event.id])).toHaveLength(1);
  });

  it('retries while identity cannot mint, and sends once it can', async () => {
    const event = portalInvitation('invite');
    identity.answers.set(event.data.invitationId, 'unavailable');
    const ack = await publish(event);
    await waitFor(async () => identity.callsFor(event.data.invitationId).length >= 2, {
      timeoutMs: 20_000,
      description: 'a failed mint and a retry',
    });
    expect(await sentRows(event.id)).toEqual([]);

    identity.answers.set(event.data.invitationId, 'fresh-secret');
    const email = await firstEmailTo(event.data.email);
    await consumedThrough(PORTAL_INVITATION_CONSUMER, event.subject, ack.seq);
    expect(email.subject).toBe('Paws & Whiskers invites you to the Tailwise Portal');
    expect(email.text).toContain(`${PUBLIC_URL}/portal/invitation#token=fresh-secret`);
    expect(await inboxOf(event.data.email)).toHaveLength(1);
    expect(await sentRows(event.id)).toEqual([expect.objectContaining({ kind: 'portal-invite', organization_id: event.data.organizationId })]);
  });

  it('sends claims, portal user invites and both kinds of password reset to the right pages', async () => {
    const claim = portalInvitation('claim');
    const portalUser: EventEnvelope<PortalUserInvited> = envelope(IDENTITY_EVENTS.portalUserInvited, {
      portalAccountId: randomUUID(),
      accountName: 'Happy Tails Rescue',
      portalUserId: randomUUID(),
      email: address('cy'),
      name: 'Cy Lee',
      invitedByName: 'Dee Moss',
      tokenId: randomUUID(),
      expiresAt: in72Hours(),
    });
    const reset = (audience: 'hq' | 'portal'): EventEnvelope<PasswordResetRequested> =>
      envelope(IDENTITY_EVENTS.passwordResetRequested, {
        audience,
        userId: randomUUID(),
        email: address(`reset-${audience}`),
        name: 'Ana Ruiz',
        organizationId: audience === 'hq' ? randomUUID() : null,
        tokenId: randomUUID(),
        expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      });
    const staffReset = reset('hq');
    const portalReset = reset('portal');

    const cases = [
      { event: claim, id: claim.data.invitationId, to: claim.data.email, consumer: PORTAL_INVITATION_CONSUMER,
        kind: 'portal-claim', organizationId: claim.data.organizationId,
        subject: 'Set up your Paws & Whiskers client portal login', page: '/portal/invitation' },
      { event: portalUser, id: portalUser.data.tokenId, to: portalUser.data.email, consumer: PORTAL_USER_INVITE_CONSUMER,
        kind: 'portal-user-invite', organizationId: null,
        subject: 'Dee Moss added you to Happy Tails Rescue on Tailwise Portal', page: '/portal/set-password' },
      { event: staffReset, id: staffReset.data.tokenId, to: staffReset.data.email, consumer: PASSWORD_RESET_CONSUMER,
        kind: 'password-reset', organizationId: staffReset.data.organizationId,
        subject: 'Reset your Tailwise password', page: '/set-password' },
      { event: portalReset, id: portalReset.data.tokenId, to: portalReset.data.email, consumer: PASSWORD_RESET_CONSUMER,
        kind: 'password-reset', organizationId: null,
        subject: 'Reset your Tailwise Portal password', page: '/portal/set-password' },
    ];
    for (const c of cases) identity.answers.set(c.id, `secret-${c.id}`);
    const acks = await Promise.all(cases.map((c) => publish(c.event)));

    for (const [i, c] of cases.entries()) {
      const email = await firstEmailTo(c.to);
      await consumedThrough(c.consumer, c.event.subject, acks[i].seq);
      expect(email.subject).toBe(c.subject);
      expect(email.text).toContain(`${PUBLIC_URL}${c.page}#token=secret-${c.id}`);
      expect(await sentRows(c.event.id)).toEqual([expect.objectContaining({ kind: c.kind, to_address: c.to, organization_id: c.organizationId })]);
    }
  });
});
