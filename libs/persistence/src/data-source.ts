import type { DataSourceOptions, EntitySchema, MixedList } from 'typeorm';
import { DataSource } from 'typeorm';
import { databaseUrl } from './database';
import { createTestDatabase } from './test-database';

/** What a service's database holds: its entities and the migrations that build them. */
export interface ServiceSchema {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

/** The database settings of a service's configuration (see @tailwise/config). */
export interface DatabaseSettings {
  DATABASE_URL: string;
  DATABASE_NAME: string;
  DATABASE_POOL_SIZE?: number;
  MIGRATIONS_RUN?: boolean;
}

export interface ServiceDataSourceInput extends ServiceSchema {
  serverUrl: string;
  databaseName: string;
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

/** A service's data source options from its schema and configuration. */
export function schemaDataSourceOptions(schema: ServiceSchema, settings: DatabaseSettings): DataSourceOptions {
  return serviceDataSourceOptions({
    ...schema,
    serverUrl: settings.DATABASE_URL,
    databaseName: settings.DATABASE_NAME,
    poolSize: settings.DATABASE_POOL_SIZE,
    migrationsRun: settings.MIGRATIONS_RUN,
  });
}

/** The data source the TypeORM CLI loads (`migration:generate`), configured by env. */
export function cliDataSource(schema: ServiceSchema, defaultDatabaseName: string): DataSource {
  return new DataSource(
    schemaDataSourceOptions(schema, {
      DATABASE_URL: process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
      DATABASE_NAME: process.env['DATABASE_NAME'] ?? defaultDatabaseName,
    }),
  );
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
export async function schemaDrift(prefix: string, schema: ServiceSchema): Promise<string[]> {
  const db = await createTestDatabase(prefix);
  const dataSource = new DataSource({
    ...schemaDataSourceOptions(schema, { DATABASE_URL: db.serverUrl, DATABASE_NAME: db.name }),
    logging: false,
  });
  try {
    await dataSource.initialize();
    return await pendingSchemaChanges(dataSource);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await db.drop();
  }
}
