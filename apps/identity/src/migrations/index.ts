import { CreateIdentity1795445622349 } from './1795445622349-create-identity';
import { StaffUsersAndPasswordTokens1795978302656 } from './1795978302656-staff-users-and-password-tokens';
import { PortalAccess1795978400000 } from './1795978400000-portal-access';
import { ClinicCreatedBackfill1795982075670 } from './1795982075670-clinic-created-backfill';

export const IDENTITY_MIGRATIONS = [
  CreateIdentity1795445622349,
  StaffUsersAndPasswordTokens1795978302656,
  PortalAccess1795978400000,
  ClinicCreatedBackfill1795982075670,
];
