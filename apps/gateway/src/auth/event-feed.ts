import type { Logger } from '@nestjs/common';
import { DeliverPolicy, type ConsumerMessages, type NatsConnection } from 'nats';
import type { z } from 'zod';
import { EVENTS_STREAM, eventEnvelopeSchema, type EventDefinition } from '@tailwise/contracts';

/** Where a feed starts: replaying from a moment (state that must survive a restart), or only what comes next. */
export type FeedStart = { since: Date } | 'new';

/**
 * Follows events on an ordered (ephemeral) consumer. Every gateway replica runs its own, so
 * each one sees every event; nothing is acknowledged or kept on the server. Unreadable
 * events are logged and skipped.
 */
export async function followEvents<T extends z.ZodType>(
  nc: NatsConnection,
  logger: Logger,
  events: readonly EventDefinition<string, T>[],
  start: FeedStart,
  onEvent: (data: z.output<T>, subject: string) => void,
): Promise<ConsumerMessages> {
  const consumer = await nc.jetstream().consumers.get(EVENTS_STREAM.name, {
    filterSubjects: filterFor(events.map((e) => e.subject)),
    ...(start === 'new'
      ? { deliver_policy: DeliverPolicy.New }
      : { deliver_policy: DeliverPolicy.StartTime, opt_start_time: start.since.toISOString() }),
  });
  const messages = await consumer.consume();
  void (async () => {
    for await (const msg of messages) {
      const schema = events.find((e) => e.subject === msg.subject)?.schema;
      // The filter may match events of the same family this feed does not follow.
      if (!schema) continue;
      const envelope = eventEnvelopeSchema.safeParse(msg.json());
      const data = envelope.success ? schema.safeParse(envelope.data.data) : null;
      if (data?.success) onEvent(data.data, msg.subject);
      else logger.warn(`unreadable ${msg.subject} at stream sequence ${msg.seq}`);
    }
  })().catch((error: unknown) => logger.error(error));
  return messages;
}

/**
 * One filter subject: NATS servers before 2.10 take no more per consumer. Several events
 * are followed through the wildcard of their common prefix (`events.identity.portal-link.>`).
 */
export function filterFor(subjects: string[]): string {
  if (subjects.length === 1) return subjects[0] as string;
  const split = subjects.map((s) => s.split('.'));
  const common: string[] = [];
  for (const [i, token] of (split[0] ?? []).entries()) {
    if (!split.every((tokens) => tokens[i] === token && i < tokens.length - 1)) break;
    common.push(token);
  }
  if (common.length < 2) throw new Error(`no common subject prefix for ${subjects.join(', ')}`);
  return `${common.join('.')}.>`;
}
