import { MESSAGING_ENTITIES, MessagingTables1763900000000 } from '@tailwise/messaging';
import { cliDataSource, type ServiceSchema } from '@tailwise/persistence';
import { AnimalEntity } from './animals/animal.entity';
import { ClientPhoneEntity } from './clients/client-phone.entity';
import { ClientEntity } from './clients/client.entity';
import { ClientActivityEntity } from './history/client-activity.entity';
import { CLIENTS_MIGRATIONS } from './migrations';
import { ClientAppointmentEntity } from './visits/client-appointment.entity';

export const CLIENTS_SCHEMA: ServiceSchema = {
  entities: [...MESSAGING_ENTITIES, ClientEntity, ClientPhoneEntity, AnimalEntity, ClientActivityEntity, ClientAppointmentEntity],
  migrations: [MessagingTables1763900000000, ...CLIENTS_MIGRATIONS],
};

/** For the TypeORM CLI (`migration:generate`); the app builds its own from config. */
export default cliDataSource(CLIENTS_SCHEMA, 'tailwise_clients_dev_migrations');
