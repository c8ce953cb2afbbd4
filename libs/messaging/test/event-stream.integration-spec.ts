import { RetentionPolicy, StorageType, nanos, type NatsConnection } from 'nats';
import { EVENTS_STREAM } from '@tailwise/contracts';
import { startNatsServer, type TestNatsServer } from '@tailwise/testing';
import { connectNats, ensureEventsStream } from '../src';

describe('ensureEventsStream', () => {
  let server: TestNatsServer;
  let first: NatsConnection;
  let second: NatsConnection;

  beforeAll(async () => {
    server = await startNatsServer();
    // Two connections, as two services booting at the same moment would have.
    first = await connectNats(server.url, 'stream-test-1');
    second = await connectNats(server.url, 'stream-test-2');
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await server?.stop();
  });

  it('creates the stream once when services race, and is a no-op when called again', async () => {
    await Promise.all([ensureEventsStream(first), ensureEventsStream(second), ensureEventsStream(first)]);
    await ensureEventsStream(second);

    const jsm = await first.jetstreamManager();
    const names: string[] = [];
    for await (const name of jsm.streams.names()) names.push(name);
    expect(names).toEqual([EVENTS_STREAM.name]);
    const { config } = await jsm.streams.info(EVENTS_STREAM.name);
    expect(config).toMatchObject({
      subjects: ['events.>'],
      storage: StorageType.File,
      retention: RetentionPolicy.Limits,
      duplicate_window: nanos(10 * 60 * 1000),
    });
  });

  it('brings an existing stream with outdated settings up to date, keeping its messages', async () => {
    const jsm = await first.jetstreamManager();
    await jsm.streams.update(EVENTS_STREAM.name, { duplicate_window: nanos(60 * 1000) });
    await first.jetstream().publish('events.test.kept.happened', '{}');

    await ensureEventsStream(second);

    const info = await jsm.streams.info(EVENTS_STREAM.name);
    expect(info.config.duplicate_window).toBe(nanos(10 * 60 * 1000));
    expect(info.state.messages).toBe(1);
  });
});
