import { MESSAGING_ENTITIES, MessagingTables1763900000000 } from '@tailwise/messaging';
import { serviceDataSourceOptions } from '@tailwise/persistence';
import { DataSource } from 'typeorm';
import { SentEmailEntity } from './emails/sent-email.entity';
import { NOTIFICATIONS_MIGRATIONS } from './migrations';

export const NOTIFICATIONS_ENTITIES = [...MESSAGING_ENTITIES, SentEmailEntity];
export const ALL_NOTIFICATIONS_MIGRATIONS = [MessagingTables1763900000000, ...NOTIFICATIONS_MIGRATIONS];

export function notificationsDataSourceOptions(serverUrl: string, databaseName: string, migrationsRun = true, poolSize?: number) {
  return serviceDataSourceOptions({
    serverUrl,
    databaseName,
    entities: NOTIFICATIONS_ENTITIES,
    migrations: ALL_NOTIFICATIONS_MIGRATIONS,
    migrationsRun,
    poolSize,
  });
}

/** For the TypeORM CLI (`migration:generate`); the app builds its own from config. */
export default new DataSource(
  notificationsDataSourceOptions(
    process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    process.env['DATABASE_NAME'] ?? 'tailwise_notifications_dev_migrations',
  ),
);
