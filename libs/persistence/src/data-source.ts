import type { DataSourceOptions, EntitySchema, MixedList } from 'typeorm';
import { DataSource } from 'typeorm';
import { databaseUrl } from './database';
import { createTestDatabase } from './test-database';

export interface ServiceDataSourceInput {
  serverUrl: string;
  databaseName: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
  /** Run pending migrations when the connection opens (local runs); a cluster uses a Job. */
  migrationsRun?: boolean;
}

/**
 * TypeORM options every service uses: schema only from committed migrations, each
 * migration in its own transaction, and a bounded pool.
 */
export function serviceDataSourceOptions(input: ServiceDataSourceInput): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl(input.serverUrl, input.databaseName),
    entities: input.entities,
    migrations: input.migrations,
    migrationsRun: input.migrationsRun ?? true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error', 'migration'],
    extra: { max: input.poolSize ?? 10, application_name: input.databaseName },
  };
}

/**
 * SQL that TypeORM would run to make the database match the entities. Empty means the
 * committed migrations and the entities agree; tests fail on anything else (drift).
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sqlInMemory = await dataSource.driver.createSchemaBuilder().log();
  return sqlInMemory.upQueries.map((q) => q.query);
}

/**
 * Migrates a scratch database with a service's committed migrations and returns the SQL
 * still needed to match its entities (empty when they agree), then drops the database.
 */
export async function schemaDrift(
  prefix: string,
  buildOptions: (serverUrl: string, databaseName: string) => DataSourceOptions,
): Promise<string[]> {
  const db = await createTestDatabase(prefix);
  const dataSource = new DataSource({ ...buildOptions(db.serverUrl, db.name), migrationsRun: true, logging: false });
  try {
    await dataSource.initialize();
    return await pendingSchemaChanges(dataSource);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await db.drop();
  }
}
