import { MESSAGING_ENTITIES, MessagingTables1763900000000 } from '@tailwise/messaging';
import { cliDataSource, type ServiceSchema } from '@tailwise/persistence';
import { CHAT_MIGRATIONS } from './migrations';

export const CHAT_SCHEMA: ServiceSchema = {
  entities: [...MESSAGING_ENTITIES],
  migrations: [MessagingTables1763900000000, ...CHAT_MIGRATIONS],
};

/** For the TypeORM CLI (`migration:generate`); the app builds its own from config. */
export default cliDataSource(CHAT_SCHEMA, 'tailwise_chat_dev_migrations');
