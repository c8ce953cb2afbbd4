import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import {
  ERROR_CODES,
  EVENTS_STREAM,
  IDENTITY_EVENTS,
  NOTIFICATIONS_SUBJECTS,
  SCHEDULING_EVENTS,
  type Actor,
  type ClinicNotice,
  type EventEnvelope,
  type OrganizationSignedUp,
  type SentEmail,
} from '@tailwise/contracts';
import { durableName, type RpcClient } from '@tailwise/messaging';
import { pendingSchemaChanges } from '@tailwise/persistence';
import { startServiceHarness, type ServiceHarness } from '@tailwise/service-testing';
import { freePort, waitFor } from '@tailwise/testing';
import type { JetStreamClient, JetStreamManager } from 'nats';
import type { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { loadNotificationsConfig, type NotificationsConfig } from '../src/config';
import { CLINIC_NOTICE_CONSUMER } from '../src/emails/clinic-notices.service';
import { WELCOME_EMAIL_CONSUMER } from '../src/emails/emails.service';
import { startMaildev, type CaughtEmail, type TestMaildev } from './maildev';

const PUBLIC_URL = 'https://tailwise.test';
const welcomeDurable = durableName(WELCOME_EMAIL_CONSUMER, IDENTITY_EVENTS.organizationSignedUp.subject);
const clinicNoticeDurable = durableName(CLINIC_NOTICE_CONSUMER, SCHEDULING_EVENTS.clinicNoticeRequested.subject);

describe('notifications service', () => {
  let harness: ServiceHarness<NotificationsConfig>;
  let maildev: TestMaildev | undefined;
  let smtpPort: number;
  let app: INestApplication;
  let dataSource: DataSource;
  let js: JetStreamClient;
  let jsm: JetStreamManager;
  let rpc: RpcClient;

  beforeAll(async () => {
    smtpPort = await freePort();
    maildev = await startMaildev(smtpPort);
    harness = await startServiceHarness({
      name: 'notifications',
      loadConfig: loadNotificationsConfig,
      module: (config) => AppModule.forRoot(config),
      env: { SMTP_PORT: String(smtpPort), PUBLIC_URL },
      rpcTimeoutMs: 3_000,
    });
    ({ app, dataSource, jsm, rpc } = harness);
    js = harness.nc.jetstream();
  });

  afterAll(async () => {
    await harness?.close();
    await maildev?.stop();
  });

  function signedUp(overrides: Partial<OrganizationSignedUp['admin']> = {}): EventEnvelope<OrganizationSignedUp> {
    const tag = randomUUID().slice(0, 8);
    return {
      id: randomUUID(),
      subject: IDENTITY_EVENTS.organizationSignedUp.subject,
      version: IDENTITY_EVENTS.organizationSignedUp.version,
      occurredAt: new Date().toISOString(),
      correlationId: randomUUID(),
      data: {
        organizationId: randomUUID(),
        organizationName: 'Paws & Whiskers',
        clinicId: randomUUID(),
        clinicName: 'Eastside Clinic',
        admin: { userId: randomUUID(), email: `admin-${tag}@example.com`, firstName: 'Ana', lastName: 'Ruiz', ...overrides },
      },
    };
  }

  function clinicNotice(overrides: Partial<ClinicNotice> = {}): EventEnvelope<ClinicNotice> {
    const tag = randomUUID().slice(0, 8);
    return {
      id: randomUUID(),
      subject: SCHEDULING_EVENTS.clinicNoticeRequested.subject,
      version: SCHEDULING_EVENTS.clinicNoticeRequested.version,
      occurredAt: new Date().toISOString(),
      correlationId: randomUUID(),
      data: {
        organizationId: randomUUID(),
        clinicId: randomUUID(),
        clinicName: 'Eastside Clinic',
        to: `front-${tag}@example.com`,
        kind: 'appointment-request',
        clientName: 'Jane Doe',
        reasonName: 'Spay & neuter',
        date: '2026-12-01',
        timeOfDay: 'morning',
        startTime: null,
        message: null,
        ...overrides,
      },
    };
  }

  /** Publishes like identity's outbox relay does: the event id is the Nats-Msg-Id unless a test says otherwise. */
  async function publish(envelope: EventEnvelope, msgID = envelope.id) {
    return js.publish(envelope.subject, Buffer.from(JSON.stringify(envelope)), { msgID });
  }

  /** Resolves once a consumer (the welcome email's unless named) has acked everything up to stream sequence `seq`. */
  async function consumedThrough(seq: number, durable = welcomeDurable): Promise<void> {
    await waitFor(
      async () => {
        const info = await jsm.consumers.info(EVENTS_STREAM.name, durable);
        return info.ack_floor.stream_seq >= seq && info.num_ack_pending === 0;
      },
      { timeoutMs: 20_000, description: `${durable} acked through seq ${seq}` },
    );
  }

  async function inboxOf(address: string): Promise<CaughtEmail[]> {
    if (!maildev) throw new Error('maildev is not running');
    return (await maildev.emails()).filter((e) => e.to.some((to) => to.address === address));
  }

  function sentRows(eventId: string): Promise<{ kind: string; to_address: string; subject: string; message_id: string; organization_id: string }[]> {
    return dataSource.query(`SELECT kind, to_address, subject, message_id, organization_id FROM sent_emails WHERE event_id = $1`, [eventId]);
  }

  function staff(organizationId: string): Actor {
    return { kind: 'staff', userId: randomUUID(), organizationId, permissions: [] };
  }

  it('migrates its database to exactly what the entities describe (no drift)', async () => {
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });

  it('answers readiness on HTTP', async () => {
    const response = await fetch(`${await app.getUrl()}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', info: { nats: { status: 'up' }, database: { status: 'up' } } });
  });

  it('sends one welcome email per signed-up organization, and none for a redelivery', async () => {
    const event = signedUp({ firstName: '<script>alert(1)</script>' });
    const ack = await publish(event);

    const [email] = await waitFor(async () => {
      const inbox = await inboxOf(event.data.admin.email);
      return inbox.length > 0 && inbox;
    }, { timeoutMs: 20_000, description: 'welcome email in maildev' });
    await consumedThrough(ack.seq);

    expect(await inboxOf(event.data.admin.email)).toHaveLength(1);
    expect(email.subject).toBe('Welcome to Tailwise, <script>alert(1)</script>');
    expect(email.from).toEqual([{ address: 'no-reply@tailwise.local', name: 'Tailwise' }]);
    expect(email.text).toContain(`${PUBLIC_URL}/sign-in`);
    expect(email.text).toContain('Paws & Whiskers is set up, with Eastside Clinic as its first clinic.');
    expect(email.html).toContain(`href="${PUBLIC_URL}/sign-in"`);
    expect(email.html).not.toContain('<script>');

    const rows = await sentRows(event.id);
    expect(rows).toEqual([
      {
        kind: 'welcome',
        to_address: event.data.admin.email,
        subject: email.subject,
        message_id: email.headers['message-id'],
        organization_id: event.data.organizationId,
      },
    ]);

    // The same event again under another Nats-Msg-Id gets past JetStream's deduplication:
    // the consumer's processed-events row is what stops a second email.
    const again = await publish(event, randomUUID());
    expect(again.duplicate).toBe(false);
    await consumedThrough(again.seq);
    expect(await inboxOf(event.data.admin.email)).toHaveLength(1);
    expect(await sentRows(event.id)).toHaveLength(1);

    // Without its processed-events row, the unique (kind, event_id) index still stops it.
    await dataSource.query(`DELETE FROM processed_events WHERE event_id = $1`, [event.id]);
    const unguarded = await publish(event, randomUUID());
    await consumedThrough(unguarded.seq);
    expect(await inboxOf(event.data.admin.email)).toHaveLength(1);
    expect(await sentRows(event.id)).toHaveLength(1);
  });

  it('sends the clinic one notice email per appointment request or booking, and none for a redelivery', async () => {
    const event = clinicNotice({ clientName: '<b>Jane</b> Doe', message: 'Milo is shy.' });
    const ack = await publish(event);

    const [email] = await waitFor(async () => {
      const inbox = await inboxOf(event.data.to);
      return inbox.length > 0 && inbox;
    }, { timeoutMs: 20_000, description: 'clinic notice in maildev' });
    await consumedThrough(ack.seq, clinicNoticeDurable);

    expect(email.subject).toBe('Appointment request from <b>Jane</b> Doe — Tuesday, December 1, 2026 (Morning)');
    expect(email.text).toContain('<b>Jane</b> Doe requested an appointment at Eastside Clinic through the client portal.');
    expect(email.text).toContain('Milo is shy.');
    expect(email.text).toContain(`${PUBLIC_URL}/calendar?clinic=${event.data.clinicId}&view=day&date=2026-12-01`);
    expect(email.html).toContain('<strong>&lt;b&gt;Jane&lt;/b&gt; Doe</strong> requested');
    expect(email.html).toContain('Spay &amp; neuter');

    // Delivered again (another Nats-Msg-Id gets past JetStream's deduplication): still one email.
    const again = await publish(event, randomUUID());
    expect(again.duplicate).toBe(false);
    await consumedThrough(again.seq, clinicNoticeDurable);
    expect(await inboxOf(event.data.to)).toHaveLength(1);
    expect(await sentRows(event.id)).toEqual([
      {
        kind: 'clinic-notice',
        to_address: event.data.to,
        subject: email.subject,
        message_id: email.headers['message-id'],
        organization_id: event.data.organizationId,
      },
    ]);

    const booked = clinicNotice({ kind: 'self-scheduled', timeOfDay: null, startTime: '09:30' });
    await consumedThrough((await publish(booked)).seq, clinicNoticeDurable);
    const [bookedEmail] = await inboxOf(booked.data.to);
    expect(bookedEmail.subject).toBe('Jane Doe booked an appointment — Tuesday, December 1, 2026 at 9:30 AM');
  });

  it('lists the sent emails of the caller’s organization to staff only', async () => {
    const event = signedUp();
    await consumedThrough((await publish(event)).seq);

    const mine = await rpc.request<SentEmail[]>(NOTIFICATIONS_SUBJECTS.sentEmailsList, staff(event.data.organizationId), {});
    expect(mine).toEqual([
      {
        id: expect.any(String),
        kind: 'welcome',
        to: event.data.admin.email,
        subject: 'Welcome to Tailwise, Ana',
        sentAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        eventId: event.id,
      },
    ]);
    const filtered = await rpc.request<SentEmail[]>(NOTIFICATIONS_SUBJECTS.sentEmailsList, staff(event.data.organizationId), {
      to: event.data.admin.email.toUpperCase(),
      limit: 1,
    });
    expect(filtered.map((e) => e.eventId)).toEqual([event.id]);

    expect(await rpc.request(NOTIFICATIONS_SUBJECTS.sentEmailsList, staff(randomUUID()), {})).toEqual([]);
    await expect(rpc.request(NOTIFICATIONS_SUBJECTS.sentEmailsList, { kind: 'anonymous' }, {})).rejects.toMatchObject({
      code: ERROR_CODES.UNAUTHENTICATED,
    });
    await expect(
      rpc.request(NOTIFICATIONS_SUBJECTS.sentEmailsList, staff(event.data.organizationId), { limit: 1000 }),
    ).rejects.toMatchObject({ code: ERROR_CODES.VALIDATION });
  });

  it('keeps retrying while SMTP is down and sends once it is back', async () => {
    await maildev?.stop();
    maildev = undefined;
    const event = signedUp();
    const ack = await publish(event);

    // At least one attempt failed and JetStream has handed the event out again.
    await waitFor(
      async () => {
        const info = await jsm.consumers.info(EVENTS_STREAM.name, welcomeDurable);
        return info.num_redelivered > 0;
      },
      { timeoutMs: 20_000, description: 'a failed attempt and a redelivery' },
    );
    expect(await sentRows(event.id)).toEqual([]);
    expect(await dataSource.query(`SELECT 1 FROM processed_events WHERE event_id = $1`, [event.id])).toEqual([]);

    maildev = await startMaildev(smtpPort);
    await waitFor(async () => (await inboxOf(event.data.admin.email)).length > 0, {
      timeoutMs: 30_000,
      description: 'welcome email after SMTP came back',
    });
    await consumedThrough(ack.seq);
    expect(await inboxOf(event.data.admin.email)).toHaveLength(1);
    expect(await sentRows(event.id)).toHaveLength(1);
  });
});
