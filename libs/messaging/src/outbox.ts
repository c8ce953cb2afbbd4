import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { EventDefinition, EventEnvelope } from '@tailwise/contracts';
import { currentCorrelationId } from './correlation';

export const OUTBOX_CHANNEL = 'tailwise_outbox';

/**
 * Records an event in the caller's transaction. It reaches JetStream only if that
 * transaction commits; the NOTIFY (delivered at commit) wakes the relay at once.
 */
export async function enqueueEvent<S extends string, T extends z.ZodType>(
  manager: EntityManager,
  definition: EventDefinition<S, T>,
  data: z.input<T>,
): Promise<EventEnvelope<z.output<T>>> {
  const envelope: EventEnvelope<z.output<T>> = {
    id: randomUUID(),
    subject: definition.subject,
    version: definition.version,
    occurredAt: new Date().toISOString(),
    correlationId: currentCorrelationId(),
    data: definition.schema.parse(data),
  };
  // clock_timestamp(), not the column default now(): now() is the transaction's start, so every
  // event of one transaction would tie on created_at and the relay, which publishes in
  // (created_at, id) order, would send them in random uuid order instead of enqueue order.
  await manager.query(
    `INSERT INTO outbox (id, subject, envelope, created_at) VALUES ($1, $2, $3, clock_timestamp())`,
    [envelope.id, envelope.subject, JSON.stringify(envelope)],
  );
  await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
  return envelope;
}
