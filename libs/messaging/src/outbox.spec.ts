import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { defineEvent } from '@tailwise/contracts';
import { withCorrelationId } from './correlation';
import { OUTBOX_CHANNEL, enqueueEvent } from './outbox';

const widgetRenamed = defineEvent(
  'events.test.widget.renamed',
  2,
  z.strictObject({ widgetId: z.string(), name: z.string().trim().min(1) }),
);

/** Records the SQL enqueueEvent sends; the real database round trip is the integration suite's job. */
function recordingManager() {
  const queries: { sql: string; params: unknown[] }[] = [];
  const manager = {
    query: async (sql: string, params: unknown[] = []) => {
      queries.push({ sql, params });
      return [];
    },
  } as unknown as EntityManager;
  return { manager, queries };
}

describe('enqueueEvent', () => {
  it('writes the whole envelope, parsed by the event schema, and wakes the relay', async () => {
    const { manager, queries } = recordingManager();
    const envelope = await withCorrelationId('corr-9', () =>
      enqueueEvent(manager, widgetRenamed, { widgetId: 'w-1', name: '  Rex  ' }),
    );

    expect(envelope).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      subject: 'events.test.widget.renamed',
      version: 2,
      occurredAt: expect.any(String),
      correlationId: 'corr-9',
      data: { widgetId: 'w-1', name: 'Rex' },
    });
    expect(new Date(envelope.occurredAt).toISOString()).toBe(envelope.occurredAt);
    expect(queries).toHaveLength(2);
    expect(queries[0].sql).toMatch(/INSERT INTO outbox/);
    expect(queries[0].params.slice(0, 2)).toEqual([envelope.id, envelope.subject]);
    expect(JSON.parse(queries[0].params[2] as string)).toEqual(envelope);
    expect(queries[1]).toEqual({ sql: expect.stringMatching(/pg_notify/), params: [OUTBOX_CHANNEL] });
  });

  it('stamps created_at per statement so the events of one transaction keep their order', async () => {
    const { manager, queries } = recordingManager();
    await enqueueEvent(manager, widgetRenamed, { widgetId: 'w-1', name: 'Rex' });
    expect(queries[0].sql).toMatch(/clock_timestamp\(\)/);
  });

  it('refuses data its schema rejects, before writing anything', async () => {
    const { manager, queries } = recordingManager();
    await expect(
      enqueueEvent(manager, widgetRenamed, { widgetId: 'w-1', name: ' ', extra: true } as never),
    ).rejects.toThrow(z.ZodError);
    expect(queries).toHaveLength(0);
  });

  it('gives every event its own id', async () => {
    const { manager } = recordingManager();
    const a = await enqueueEvent(manager, widgetRenamed, { widgetId: 'w-1', name: 'Rex' });
    const b = await enqueueEvent(manager, widgetRenamed, { widgetId: 'w-1', name: 'Rex' });
    expect(a.id).not.toBe(b.id);
  });
});
