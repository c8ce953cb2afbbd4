import { MESSAGING_ENTITIES, MessagingTables1763900000000 } from '@tailwise/messaging';
import { serviceDataSourceOptions } from '@tailwise/persistence';
import { DataSource } from 'typeorm';
import { CHAT_MIGRATIONS } from './migrations';

export const CHAT_ENTITIES = [...MESSAGING_ENTITIES];

export function chatDataSourceOptions(serverUrl: string, databaseName: string, migrationsRun = true) {
  return serviceDataSourceOptions({
    serverUrl,
    databaseName,
    entities: CHAT_ENTITIES,
    migrations: [MessagingTables1763900000000, ...CHAT_MIGRATIONS],
    migrationsRun,
  });
}

/** For the TypeORM CLI (`migration:generate`); the app builds its own from config. */
export default new DataSource(
  chatDataSourceOptions(
    process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    process.env['DATABASE_NAME'] ?? 'tailwise_chat_dev_migrations',
  ),
);
