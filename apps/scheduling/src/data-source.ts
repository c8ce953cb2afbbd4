import { MESSAGING_ENTITIES, MessagingTables1763900000000 } from '@tailwise/messaging';
import { cliDataSource, type ServiceSchema } from '@tailwise/persistence';
import { SCHEDULING_MIGRATIONS } from './migrations';

export const SCHEDULING_SCHEMA: ServiceSchema = {
  entities: [...MESSAGING_ENTITIES],
  migrations: [MessagingTables1763900000000, ...SCHEDULING_MIGRATIONS],
};

/** For the TypeORM CLI (`migration:generate`); the app builds its own from config. */
export default cliDataSource(SCHEDULING_SCHEMA, 'tailwise_scheduling_dev_migrations');
