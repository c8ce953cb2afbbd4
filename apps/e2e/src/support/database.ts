import { createHash } from 'node:crypto';
import { expect } from '@playwright/test';
import { Client } from 'pg';
import { databaseUrl } from '@tailwise/persistence';
import { e2eEnv } from './env';

export const SERVICES = ['identity', 'clients', 'scheduling', 'chat', 'notifications'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** Runs `work` on one service's database of this run's stack. */
export async function withDatabase<T>(service: ServiceName, work: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: databaseUrl(e2eEnv('databaseUrl'), `${e2eEnv('databasePrefix')}_${service}`) });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** Fails if any table of any service's database holds one of the secrets in clear, in any column. */
export async function expectNowhereInClear(secrets: Record<string, string>): Promise<void> {
  for (const service of SERVICES) {
    await withDatabase(service, async (db) => {
      const tables = await db.query<{ schema: string; name: string }>(
        `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
         WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
      );
      for (const { schema, name } of tables.rows) {
        const table = `${quoteIdent(schema)}.${quoteIdent(name)}`;
        for (const [what, secret] of Object.entries(secrets)) {
          const found = await db.query(`SELECT 1 FROM ${table} t WHERE strpos(row_to_json(t)::text, $1) > 0 LIMIT 1`, [secret]);
          expect(found.rowCount, `${service}: ${schema}.${name} holds the ${what} in clear`).toBe(0);
        }
      }
    });
  }
}

function quoteIdent(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
