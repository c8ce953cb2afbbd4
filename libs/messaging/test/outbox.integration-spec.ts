import { randomUUID } from 'node:crypto';
import { AckPolicy, type JetStreamManager } from 'nats';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { EVENTS_STREAM, HEADERS, defineEvent, type EventEnvelope } from '@tailwise/contracts';
import { pendingSchemaChanges } from '@tailwise/persistence';
import { waitFor } from '@tailwise/testing';
import {
  EventConsumers,
  OutboxRelay,
  durableName,
  enqueueEvent,
  ensureEventsStream,
  withCorrelationId,
  type EventHandler,
} from '../src';
import { loggedMessages, recordingLogger, startMessagingHarness, type MessagingHarness } from './fixtures';

const widgetSchema = z.strictObject({ widgetId: z.uuid(), name: z.string() });
// One subject per scenario: durable consumers start from the beginning of their subject,
// so scenarios sharing the suite's stream must not see each other's events.
const EVENTS = {
  created: defineEvent('events.test.widget.created', 1, widgetSchema),
  republished: defineEvent('events.test.widget.republished', 1, widgetSchema),
  duringOutage: defineEvent('events.test.widget.created-during-outage', 1, widgetSchema),
  redelivered: defineEvent('events.test.widget.redelivered', 1, widgetSchema),
  retried: defineEvent('events.test.widget.retried', 1, widgetSchema),
  unreadable: defineEvent('events.test.widget.unreadable', 1, widgetSchema),
  batch: defineEvent('events.test.widget.batched', 1, widgetSchema),
} as const;
type WidgetEvent = (typeof EVENTS)[keyof typeof EVENTS];

describe('outbox relay and idempotent consumers (PostgreSQL + JetStream)', () => {
  let h: MessagingHarness;
  let jsm: JetStreamManager;
  let relay: OutboxRelay;
  const relayLogger = recordingLogger();

  beforeAll(async () => {
    h = await startMessagingHarness('messaging_outbox');
    await ensureEventsStream(h.nc);
    jsm = await h.nc.jetstreamManager();
    relay = new OutboxRelay(h.dataSource, h.nc.jetstream(), relayLogger, {
      listenUrl: h.db.url,
      pollIntervalMs: 100,
      publishTimeoutMs: 500,
    });
    await relay.start();
  });

  afterAll(async () => {
    await relay?.stop();
    await h?.close();
  });

  /** Creates a widget and enqueues its event in one transaction, as a service does. */
  function createWidget(event: WidgetEvent, name: string): Promise<EventEnvelope<z.output<typeof widgetSchema>>> {
    return h.dataSource.transaction(async (manager) => {
      const widgetId = randomUUID();
      await manager.query(`INSERT INTO widgets (id, name) VALUES ($1, $2)`, [widgetId, name]);
      return enqueueEvent(manager, event, { widgetId, name });
    });
  }

  async function publishedAt(eventId: string): Promise<Date | null> {
    const rows: { published_at: Date | null }[] = await h.dataSource.query(
      `SELECT published_at FROM outbox WHERE id = $1`,
      [eventId],
    );
    if (rows.length !== 1) throw new Error(`outbox row ${eventId} not found`);
    return rows[0].published_at;
  }

  async function storedCount(subject: string): Promise<number> {
    const info = await jsm.streams.info(EVENTS_STREAM.name, { subjects_filter: subject });
    return info.state.subjects?.[subject] ?? 0;
  }

  async function effects(consumer: string): Promise<{ event_id: string; note: string }[]> {
    return h.dataSource.query(`SELECT event_id, note FROM effects WHERE consumer = $1 ORDER BY id`, [consumer]);
  }

  async function processed(consumer: string, eventId: string): Promise<boolean> {
    const rows: unknown[] = await h.dataSource.query(
      `SELECT 1 FROM processed_events WHERE consumer = $1 AND event_id = $2`,
      [consumer, eventId],
    );
    return rows.length === 1;
  }

  /** Waits until the durable consumer has delivered everything and holds nothing unacked. */
  async function consumerSettled(handler: EventHandler<typeof widgetSchema>): Promise<void> {
    const durable = durableName(handler.consumer, handler.event.subject);
    await waitFor(
      async () => {
        const info = await jsm.consumers.info(EVENTS_STREAM.name, durable);
        return info.num_pending === 0 && info.num_ack_pending === 0;
      },
      { description: `consumer ${durable} to settle` },
    );
  }

  /** A handler that records its effect in `effects`; `failFirst` makes its first attempt throw. */
  function effectHandler(
    consumer: string,
    event: WidgetEvent,
    options: { failFirst?: boolean } = {},
  ): EventHandler<typeof widgetSchema> & { calls: number } {
    const handler = {
      consumer,
      event,
      calls: 0,
      async handle(envelope: EventEnvelope<z.output<typeof widgetSchema>>, manager: EntityManager) {
        handler.calls++;
        await manager.query(`INSERT INTO effects (consumer, event_id, note) VALUES ($1, $2, $3)`, [
          consumer,
          envelope.id,
          envelope.data.name,
        ]);
        // Thrown after the insert, so the test proves the rollback undoes a partial effect.
        if (options.failFirst && handler.calls === 1) throw new Error('transient failure');
      },
    };
    return handler;
  }

  /** Runs `fn` while an EventConsumers instance serves `handlers`, as a running service would. */
  async function withConsumers<T>(
    handlers: EventHandler<typeof widgetSchema>[],
    fn: (logger: ReturnType<typeof recordingLogger>) => Promise<T>,
  ): Promise<T> {
    const logger = recordingLogger();
    const consumers = new EventConsumers(h.nc, h.dataSource, logger, { ackWaitMs: 5000 });
    for (const handler of handlers) consumers.register(handler);
    await consumers.start();
    try {
      return await fn(logger);
    } finally {
      await consumers.stop();
    }
  }

  it('publishes an event only when its transaction commits, with the event id as Nats-Msg-Id', async () => {
    const subject = EVENTS.created.subject;
    let rolledBackId = '';
    await expect(
      h.dataSource.transaction(async (manager) => {
        const widgetId = randomUUID();
        await manager.query(`INSERT INTO widgets (id, name) VALUES ($1, 'never')`, [widgetId]);
        rolledBackId = (await enqueueEvent(manager, EVENTS.created, { widgetId, name: 'never' })).id;
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow('rolled back on purpose');
    const committed = await withCorrelationId('corr-commit', () => createWidget(EVENTS.created, 'kept'));

    await waitFor(() => publishedAt(committed.id), { description: 'the committed event to be published' });

    expect(await storedCount(subject)).toBe(1);
    const stored = await jsm.streams.getMessage(EVENTS_STREAM.name, { last_by_subj: subject });
    expect(stored.header?.get('Nats-Msg-Id')).toBe(committed.id);
    expect(stored.header?.get(HEADERS.correlationId)).toBe('corr-commit');
    expect(stored.json()).toEqual({ ...committed, correlationId: 'corr-commit' });
    // The rolled-back event left no row behind for a relay to find later, and went with its state change.
    expect(await h.dataSource.query(`SELECT 1 FROM outbox WHERE id = $1`, [rolledBackId])).toHaveLength(0);
    expect(await h.dataSource.query(`SELECT name FROM widgets WHERE name IN ('never', 'kept')`)).toEqual([
      { name: 'kept' },
    ]);
  });

  it('publishes the events of one transaction in the order they were enqueued', async () => {
    const subject = EVENTS.batch.subject;
    const names = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];
    const enqueued = await h.dataSource.transaction(async (manager) => {
      const envelopes = [];
      for (const name of names) envelopes.push(await enqueueEvent(manager, EVENTS.batch, { widgetId: randomUUID(), name }));
      return envelopes;
    });
    await waitFor(async () => (await Promise.all(enqueued.map((e) => publishedAt(e.id)))).every(Boolean));

    const consumer = await jsm.consumers.add(EVENTS_STREAM.name, { filter_subject: subject, ack_policy: AckPolicy.None });
    const stored: string[] = [];
    const messages = await h.nc.jetstream().consumers.get(EVENTS_STREAM.name, consumer.name);
    for (let i = 0; i < names.length; i++) {
      const msg = await messages.next({ expires: 5000 });
      if (!msg) throw new Error('stream ended early');
      stored.push(msg.json<{ data: { name: string } }>().data.name);
    }
    await jsm.consumers.delete(EVENTS_STREAM.name, consumer.name);
    expect(stored).toEqual(names);
  });

  it('lets JetStream drop a relay re-publish of the same event id', async () => {
    const subject = EVENTS.republished.subject;
    const event = await createWidget(EVENTS.republished, 'twice');
    await waitFor(() => publishedAt(event.id));

    // A relay that crashed after publishing but before its commit publishes the row again.
    await h.dataSource.query(`UPDATE outbox SET published_at = NULL WHERE id = $1`, [event.id]);
    relay.kick();
    await waitFor(() => publishedAt(event.id), { description: 'the re-publish to be marked' });

    expect(await storedCount(subject)).toBe(1);
    const ack = await h.nc.jetstream().publish(subject, JSON.stringify(event), { msgID: event.id });
    expect(ack.duplicate).toBe(true);
    expect(await storedCount(subject)).toBe(1);
  });

  it('delivers an event committed while NATS is down once NATS is back, exactly once', async () => {
    const handler = effectHandler('test.outage-effect', EVENTS.duringOutage);
    await withConsumers([handler], async () => {
      relayLogger.warn.mockClear();
      await h.server.pause();

      const event = await createWidget(EVENTS.duringOutage, 'offline');
      await waitFor(() => loggedMessages(relayLogger, 'warn').some((m) => m.includes('cannot publish')), {
        description: 'the relay to fail a publish',
      });
      expect(await publishedAt(event.id)).toBeNull();

      await h.server.resume();

      await waitFor(async () => (await effects(handler.consumer)).length === 1, { description: 'the effect' });
      await waitFor(() => publishedAt(event.id));
      await consumerSettled(handler);
      expect(await effects(handler.consumer)).toEqual([{ event_id: event.id, note: 'offline' }]);
      expect(handler.calls).toBe(1);
      expect(await storedCount(EVENTS.duringOutage.subject)).toBe(1);
    });
  });

  it('applies an event delivered twice only once', async () => {
    const handler = effectHandler('test.redelivery-effect', EVENTS.redelivered);
    const envelope: EventEnvelope = {
      id: randomUUID(),
      subject: EVENTS.redelivered.subject,
      version: 1,
      occurredAt: new Date().toISOString(),
      data: { widgetId: randomUUID(), name: 'once' },
    };
    // Distinct Nats-Msg-Ids get past JetStream's dedup: the consumer sees the event twice,
    // as it would after an ack lost in a crash.
    const js = h.nc.jetstream();
    await js.publish(envelope.subject, JSON.stringify(envelope), { msgID: `${envelope.id}:first` });
    await js.publish(envelope.subject, JSON.stringify(envelope), { msgID: `${envelope.id}:second` });
    expect(await storedCount(envelope.subject)).toBe(2);

    await withConsumers([handler], async () => {
      await consumerSettled(handler);
    });
    const durable = durableName(handler.consumer, handler.event.subject);
    expect((await jsm.consumers.info(EVENTS_STREAM.name, durable)).delivered.consumer_seq).toBe(2);
    expect(await effects(handler.consumer)).toEqual([{ event_id: envelope.id, note: 'once' }]);
    expect(handler.calls).toBe(1);
    expect(await processed(handler.consumer, envelope.id)).toBe(true);

    // A restarted service resumes the same durable consumer: acked events are not delivered again.
    await withConsumers([handler], async () => {
      await js.publish(envelope.subject, JSON.stringify(envelope), { msgID: `${envelope.id}:third` });
      await consumerSettled(handler);
    });
    expect((await jsm.consumers.info(EVENTS_STREAM.name, durable)).delivered.consumer_seq).toBe(3);
    expect(handler.calls).toBe(1);
  });

  it('retries a handler that throws, rolling back its partial effect, then applies it once', async () => {
    const handler = effectHandler('test.retry-effect', EVENTS.retried, { failFirst: true });
    await withConsumers([handler], async (logger) => {
      const event = await createWidget(EVENTS.retried, 'eventually');
      await waitFor(() => processed(handler.consumer, event.id), { description: 'the processed-events row' });
      await consumerSettled(handler);
      expect(handler.calls).toBe(2);
      expect(await effects(handler.consumer)).toEqual([{ event_id: event.id, note: 'eventually' }]);
      expect(loggedMessages(logger, 'warn')).toEqual(['event handler failed; will retry']);
    });
  });

  it('drops an unreadable event without holding up the ones after it', async () => {
    const handler = effectHandler('test.unreadable-effect', EVENTS.unreadable);
    const js = h.nc.jetstream();
    await js.publish(EVENTS.unreadable.subject, '{"not":"an envelope"}');
    await withConsumers([handler], async (logger) => {
      const event = await createWidget(EVENTS.unreadable, 'readable');
      await waitFor(() => processed(handler.consumer, event.id));
      await consumerSettled(handler);
      expect(handler.calls).toBe(1);
      expect(loggedMessages(logger, 'error')).toEqual(['dropping unreadable event']);
    });
  });

  it('keeps the migration and the messaging entities in step (no schema drift)', async () => {
    expect(await pendingSchemaChanges(h.dataSource)).toEqual([]);
  });

  it('re-listens after losing its LISTEN connection, and leaves nothing behind when stopped meanwhile', async () => {
    const listenRetryMs = 50;
    const applicationName = `relay_listener_${randomUUID().slice(0, 8)}`;
    const logger = recordingLogger();
    const second = new OutboxRelay(h.dataSource, h.nc.jetstream(), logger, {
      listenUrl: `${h.db.url}?application_name=${applicationName}`,
      pollIntervalMs: 60_000, // only NOTIFY can wake it in time
      listenRetryMs,
    });
    const listenerPids = async (): Promise<number[]> => {
      const rows: { pid: number }[] = await h.dataSource.query(
        `SELECT pid FROM pg_stat_activity WHERE application_name = $1`,
        [applicationName],
      );
      return rows.map((r) => r.pid);
    };
    const dropListener = () =>
      h.dataSource.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, [
        applicationName,
      ]);
    try {
      await second.start();
      const [firstPid] = await listenerPids();
      expect(firstPid).toEqual(expect.any(Number));

      await dropListener();
      await waitFor(() => loggedMessages(logger, 'warn').includes('outbox listener lost its connection; polling meanwhile'));
      await waitFor(
        async () => {
          const pids = await listenerPids();
          return pids.length === 1 && pids[0] !== firstPid;
        },
        { description: 'a new listener connection' },
      );

      // Back: a commit reaches it (NOTIFY, or the catch-up drain after re-listening) although
      // its poll is a minute away. The suite's relay is paused so it cannot publish it instead.
      await relay.stop();
      const event = await createWidget(EVENTS.created, 'after re-listen');
      await waitFor(() => publishedAt(event.id), { description: 'the re-listened relay to publish' });

      // Lose it again and stop while the retry is pending or connecting.
      logger.warn.mockClear();
      await dropListener();
      await waitFor(() => logger.warn.mock.calls.length > 0);
    } finally {
      await second.stop();
      await relay.start();
    }
    await waitFor(async () => (await listenerPids()).length === 0, { description: 'no listener connection' });
    // Nothing may be scheduled to reconnect it: a negative, so watch for several retry periods.
    await new Promise((resolve) => setTimeout(resolve, 6 * listenRetryMs));
    expect(await listenerPids()).toEqual([]);
  });
});
