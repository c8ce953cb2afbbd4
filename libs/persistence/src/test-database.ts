import { randomBytes } from 'node:crypto';
import { databaseUrl, dropDatabase, ensureDatabase } from './database';

export interface TestDatabase {
  name: string;
  serverUrl: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh, uniquely named database for one test suite, never the demo's or a running app's. */
export async function createTestDatabase(
  prefix: string,
  serverUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
): Promise<TestDatabase> {
  const name = `test_${prefix.replace(/[^a-z0-9_]/g, '_')}_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(serverUrl, name);
  return { name, serverUrl, url: databaseUrl(serverUrl, name), drop: () => dropDatabase(serverUrl, name) };
}
