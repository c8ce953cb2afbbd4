import { MESSAGING_ENTITIES, MessagingTables1763900000000 } from '@tailwise/messaging';
import { serviceDataSourceOptions } from '@tailwise/persistence';
import { DataSource } from 'typeorm';
import { SCHEDULING_MIGRATIONS } from './migrations';

export const SCHEDULING_ENTITIES = [...MESSAGING_ENTITIES];

export function schedulingDataSourceOptions(serverUrl: string, databaseName: string, migrationsRun = true) {
  return serviceDataSourceOptions({
    serverUrl,
    databaseName,
    entities: SCHEDULING_ENTITIES,
    migrations: [MessagingTables1763900000000, ...SCHEDULING_MIGRATIONS],
    migrationsRun,
  });
}

/** For the TypeORM CLI (`migration:generate`); the app builds its own from config. */
export default new DataSource(
  schedulingDataSourceOptions(
    process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    process.env['DATABASE_NAME'] ?? 'tailwise_scheduling_dev_migrations',
  ),
);
