import { Client } from 'pg';
import { createTestDatabase } from './test-database';
import { ensureDatabase } from './database';

describe('ensureDatabase', () => {
  it('creates a missing database once, even when replicas race', async () => {
    const db = await createTestDatabase('persistence');
    await db.drop();
    const created = await Promise.all([1, 2, 3].map(() => ensureDatabase(db.serverUrl, db.name)));
    expect(created.filter(Boolean).length).toBeLessThanOrEqual(1);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query('SELECT current_database() AS name');
    await client.end();
    expect(rows[0].name).toBe(db.name);
    await db.drop();
  });

  it('refuses a name that could inject SQL', async () => {
    await expect(ensureDatabase('postgres://postgres@127.0.0.1:5432/postgres', 'x"; DROP')).rejects.toThrow('Unsafe');
  });
});
