import { MESSAGING_ENTITIES, MessagingTables1763900000000 } from '@tailwise/messaging';
import { serviceDataSourceOptions } from '@tailwise/persistence';
import { DataSource } from 'typeorm';
import { ClinicEntity } from './organizations/clinic.entity';
import { OrganizationEntity } from './organizations/organization.entity';
import { RefreshTokenEntity } from './sessions/refresh-token.entity';
import { SessionEntity } from './sessions/session.entity';
import { ThrottleCounterEntity } from './sessions/throttle-counter.entity';
import { RoleEntity } from './staff/role.entity';
import { StaffUserEntity } from './staff/staff-user.entity';
import { IDENTITY_MIGRATIONS } from './migrations';

export const IDENTITY_ENTITIES = [
  ...MESSAGING_ENTITIES,
  OrganizationEntity,
  ClinicEntity,
  RoleEntity,
  StaffUserEntity,
  SessionEntity,
  RefreshTokenEntity,
  ThrottleCounterEntity,
];
export const ALL_IDENTITY_MIGRATIONS = [MessagingTables1763900000000, ...IDENTITY_MIGRATIONS];

export function identityDataSourceOptions(serverUrl: string, databaseName: string, migrationsRun = true) {
  return serviceDataSourceOptions({
    serverUrl,
    databaseName,
    entities: IDENTITY_ENTITIES,
    migrations: ALL_IDENTITY_MIGRATIONS,
    migrationsRun,
  });
}

/** For the TypeORM CLI (`migration:generate`); the app builds its own from config. */
export default new DataSource(
  identityDataSourceOptions(
    process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    process.env['DATABASE_NAME'] ?? 'tailwise_identity_dev_migrations',
  ),
);
