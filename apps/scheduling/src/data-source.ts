import { MESSAGING_ENTITIES, MessagingTables1763900000000 } from '@tailwise/messaging';
import { AppointmentEntity } from './appointments/appointment.entity';
import { cliDataSource, type ServiceSchema } from '@tailwise/persistence';
import { AppointmentReasonEntity } from './clinic-setup/appointment-reason.entity';
import { AppointmentTypeEntity } from './clinic-setup/appointment-type.entity';
import { CapacityRuleEntity } from './clinic-setup/capacity-rule.entity';
import { ClinicHoursEntity } from './clinic-setup/clinic-hours.entity';
import { ClosureEntity } from './clinic-setup/closure.entity';
import { PortalOptionsEntity } from './clinic-setup/portal-options.entity';
import { ClinicEntity } from './clinics/clinic.entity';
import { AnimalEntity } from './directory/animal.entity';
import { ClientEntity } from './directory/client.entity';
import { SCHEDULING_MIGRATIONS } from './migrations';
import { AppointmentRequestEntity } from './requests/appointment-request.entity';

export const SCHEDULING_SCHEMA: ServiceSchema = {
  entities: [
    ...MESSAGING_ENTITIES,
    ClinicEntity,
    ClinicHoursEntity,
    ClosureEntity,
    AppointmentTypeEntity,
    CapacityRuleEntity,
    AppointmentReasonEntity,
    PortalOptionsEntity,
    ClientEntity,
    AnimalEntity,
    AppointmentEntity,
    AppointmentRequestEntity,
  ],
  migrations: [MessagingTables1763900000000, ...SCHEDULING_MIGRATIONS],
};

/** For the TypeORM CLI (`migration:generate`); the app builds its own from config. */
export default cliDataSource(SCHEDULING_SCHEMA, 'tailwise_scheduling_dev_migrations');
