import { z } from 'zod';

/** The envelope of every event on JetStream. `id` doubles as the Nats-Msg-Id for dedup. */
export const eventEnvelopeSchema = z.object({
  id: z.uuid(),
  subject: z.string().startsWith('events.'),
  version: z.number().int().positive(),
  occurredAt: z.iso.datetime(),
  correlationId: z.string().optional(),
  data: z.unknown(),
});
export type EventEnvelope<T = unknown> = Omit<z.infer<typeof eventEnvelopeSchema>, 'data'> & { data: T };

/** A typed event definition: its subject, schema version and payload schema. */
export interface EventDefinition<S extends string, T extends z.ZodType> {
  subject: S;
  version: number;
  schema: T;
}

export function defineEvent<S extends string, T extends z.ZodType>(
  subject: S,
  version: number,
  schema: T,
): EventDefinition<S, T> {
  return { subject, version, schema };
}

/** JetStream stream holding every domain event; request subjects never start with `events.`. */
export const EVENTS_STREAM = { name: 'EVENTS', subjects: ['events.>'] } as const;

/** Header names carried on NATS messages. */
export const HEADERS = { correlationId: 'x-correlation-id' } as const;
