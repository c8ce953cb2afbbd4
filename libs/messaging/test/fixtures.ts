import type { NatsConnection } from 'nats';
import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { createTestDatabase, serviceDataSourceOptions, type TestDatabase } from '@tailwise/persistence';
import { startNatsServer, type TestNatsServer } from '@tailwise/testing';
import { MESSAGING_ENTITIES, MessagingTables1763900000000, connectNats, type RelayLogger } from '../src';

/** The state a test service changes (`widgets`) and the effect its consumers apply (`effects`). */
export class TestTables1763900000001 implements MigrationInterface {
  name = 'TestTables1763900000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "widgets" ("id" uuid PRIMARY KEY, "name" text NOT NULL)`);
    await q.query(`CREATE TABLE "effects" (
      "id" serial PRIMARY KEY,
      "consumer" text NOT NULL,
      "event_id" uuid NOT NULL,
      "note" text NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "effects"`);
    await q.query(`DROP TABLE "widgets"`);
  }
}

export interface MessagingHarness {
  server: TestNatsServer;
  db: TestDatabase;
  dataSource: DataSource;
  /** Reconnects forever, like a service's connection, so it rides out `server.pause()`. */
  nc: NatsConnection;
  close(): Promise<void>;
}

/** A private nats-server and a fresh database with the messaging and test tables migrated. */
export async function startMessagingHarness(prefix: string): Promise<MessagingHarness> {
  const cleanups: (() => Promise<unknown>)[] = [];
  const close = async () => {
    // Reverse order: connections first, then what they were connected to.
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
  try {
    const server = await startNatsServer();
    cleanups.push(() => server.stop());
    const db = await createTestDatabase(prefix);
    cleanups.push(() => db.drop());
    const dataSource = new DataSource({
      ...serviceDataSourceOptions({
        serverUrl: db.serverUrl,
        databaseName: db.name,
        entities: MESSAGING_ENTITIES,
        migrations: [MessagingTables1763900000000, TestTables1763900000001],
        poolSize: 5,
      }),
      logging: ['error'],
    });
    await dataSource.initialize();
    cleanups.push(() => dataSource.destroy());
    const nc = await connectNats(server.url, `${prefix}-test`);
    cleanups.push(() => nc.close());
    return { server, db, dataSource, nc, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export function recordingLogger(): jest.Mocked<RelayLogger> {
  return { warn: jest.fn(), error: jest.fn() };
}

export function loggedMessages(logger: jest.Mocked<RelayLogger>, level: 'warn' | 'error'): string[] {
  return logger[level].mock.calls.map(([, msg]) => msg);
}
