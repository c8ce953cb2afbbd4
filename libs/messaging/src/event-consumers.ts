import { AckPolicy, DeliverPolicy, type ConsumerMessages, type JsMsg, type NatsConnection } from 'nats';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { EVENTS_STREAM, eventEnvelopeSchema, type EventDefinition, type EventEnvelope } from '@tailwise/contracts';
import { withCorrelationId } from './correlation';
import { ProcessedEventEntity } from './outbox.entity';
import type { RelayLogger } from './outbox-relay';

export interface EventHandler<T extends z.ZodType> {
  /** Stable name of the effect, e.g. `notifications.welcome-email`; part of the durable name. */
  consumer: string;
  event: EventDefinition<string, T>;
  /** Applies the effect inside `manager`'s transaction; throwing rolls back and redelivers. */
  handle(event: EventEnvelope<z.output<T>>, manager: EntityManager): Promise<void>;
}

export interface EventConsumersOptions {
  ackWaitMs?: number;
  maxBatch?: number;
}

/** The durable consumer name for one handler: one per effect and event subject. */
export function durableName(consumer: string, subject: string): string {
  return `${consumer}__${subject}`.replace(/[^A-Za-z0-9_-]/g, '_');
}

/**
 * Runs idempotent handlers over durable JetStream consumers. An event is acked only after
 * its effect and its processed-events row have committed together; a redelivered event
 * whose row exists is acked without running the effect again.
 */
export class EventConsumers {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private readonly handlers: EventHandler<any>[] = [];
  private readonly running: { messages: ConsumerMessages; loop: Promise<void> }[] = [];

  constructor(
    private readonly nc: NatsConnection,
    private readonly dataSource: DataSource,
    private readonly logger: RelayLogger,
    private readonly options: EventConsumersOptions = {},
  ) {}

  register<T extends z.ZodType>(handler: EventHandler<T>): void {
    this.handlers.push(handler);
  }

  async start(): Promise<void> {
    const jsm = await this.nc.jetstreamManager();
    const js = this.nc.jetstream();
    for (const handler of this.handlers) {
      const durable = durableName(handler.consumer, handler.event.subject);
      const config = {
        durable_name: durable,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        filter_subject: handler.event.subject,
        ack_wait: (this.options.ackWaitMs ?? 30_000) * 1_000_000,
        max_ack_pending: 1000,
      };
      // Only "not found" means create: any other failure (JetStream unreachable, a bad update)
      // must stop the boot rather than be mistaken for a missing consumer.
      const existing = await jsm.consumers.info(EVENTS_STREAM.name, durable).catch((error: unknown) => {
        if (isNotFound(error)) return null;
        throw error;
      });
      if (existing) await jsm.consumers.update(EVENTS_STREAM.name, durable, { ack_wait: config.ack_wait });
      else await jsm.consumers.add(EVENTS_STREAM.name, config);
      const consumer = await js.consumers.get(EVENTS_STREAM.name, durable);
      const messages = await consumer.consume({ max_messages: this.options.maxBatch ?? 50 });
      const loop = (async () => {
        for await (const msg of messages) await this.process(handler, msg);
      })().catch((error: unknown) => {
        // Without this catch the rejection would be unhandled and take the whole process down;
        // unacked events stay in the stream and are delivered after a restart.
        this.logger.error({ err: error, consumer: handler.consumer }, 'event consumer stopped');
      });
      this.running.push({ messages, loop });
    }
  }

  /** Stops pulling and waits for the event in hand to finish. */
  async stop(): Promise<void> {
    for (const { messages } of this.running) messages.stop();
    await Promise.allSettled(this.running.map((r) => r.loop));
    this.running.length = 0;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private async process(handler: EventHandler<any>, msg: JsMsg): Promise<void> {
    let envelope: EventEnvelope;
    try {
      const parsed = eventEnvelopeSchema.parse(msg.json());
      envelope = { ...parsed, data: handler.event.schema.parse(parsed.data) };
    } catch (error) {
      // A message no handler can ever read: retrying would loop forever.
      this.logger.error({ err: error, subject: msg.subject, seq: msg.seq }, 'dropping unreadable event');
      msg.term();
      return;
    }
    try {
      await withCorrelationId(envelope.correlationId, () =>
        this.dataSource.transaction(async (manager) => {
          const claimed = await manager
            .createQueryBuilder()
            .insert()
            .into(ProcessedEventEntity)
            .values({ consumer: handler.consumer, eventId: envelope.id })
            .orIgnore()
            .returning('event_id')
            .execute();
          if ((claimed.raw as unknown[]).length === 0) return;
          await handler.handle(envelope, manager);
        }),
      );
      msg.ack();
    } catch (error) {
      const attempt = msg.info.redeliveryCount;
      this.logger.warn({ err: error, eventId: envelope.id, attempt, consumer: handler.consumer }, 'event handler failed; will retry');
      msg.nak(Math.min(30_000, 250 * 2 ** Math.min(attempt, 7)));
    }
  }
}

function isNotFound(error: unknown): boolean {
  const e = error as { code?: string; api_error?: { err_code?: number } };
  // 10014: consumer not found.
  return e.code === '404' || e.api_error?.err_code === 10014;
}
