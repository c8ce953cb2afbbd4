import { MESSAGING_ENTITIES, MessagingTables1763900000000 } from '@tailwise/messaging';
import { cliDataSource, type ServiceSchema } from '@tailwise/persistence';
import { SentEmailEntity } from './emails/sent-email.entity';
import { NOTIFICATIONS_MIGRATIONS } from './migrations';

export const NOTIFICATIONS_SCHEMA: ServiceSchema = {
  entities: [...MESSAGING_ENTITIES, SentEmailEntity],
  migrations: [MessagingTables1763900000000, ...NOTIFICATIONS_MIGRATIONS],
};

/** For the TypeORM CLI (`migration:generate`); the app builds its own from config. */
export default cliDataSource(NOTIFICATIONS_SCHEMA, 'tailwise_notifications_dev_migrations');
