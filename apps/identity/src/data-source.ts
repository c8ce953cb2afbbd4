import { MESSAGING_ENTITIES, MessagingTables1763900000000 } from '@tailwise/messaging';
import { cliDataSource, type ServiceSchema } from '@tailwise/persistence';
import { ClinicEntity } from './organizations/clinic.entity';
import { OrganizationEntity } from './organizations/organization.entity';
import { PasswordTokenEntity } from './passwords/password-token.entity';
import { PORTAL_ENTITIES } from './portal/portal.providers';
import { RefreshTokenEntity } from './sessions/refresh-token.entity';
import { SessionEntity } from './sessions/session.entity';
import { ThrottleCounterEntity } from './sessions/throttle-counter.entity';
import { RoleEntity } from './staff/role.entity';
import { StaffUserEntity } from './staff/staff-user.entity';
import { IDENTITY_MIGRATIONS } from './migrations';

export const IDENTITY_SCHEMA: ServiceSchema = {
  entities: [
    ...MESSAGING_ENTITIES,
    OrganizationEntity,
    ClinicEntity,
    RoleEntity,
    StaffUserEntity,
    SessionEntity,
    RefreshTokenEntity,
    ThrottleCounterEntity,
    PasswordTokenEntity,
    ...PORTAL_ENTITIES,
  ],
  migrations: [MessagingTables1763900000000, ...IDENTITY_MIGRATIONS],
};

/** For the TypeORM CLI (`migration:generate`); the app builds its own from config. */
export default cliDataSource(IDENTITY_SCHEMA, 'tailwise_identity_dev_migrations');
