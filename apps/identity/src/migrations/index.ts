import { CreateIdentity1795445622349 } from './1795445622349-create-identity';

export const IDENTITY_MIGRATIONS = [CreateIdentity1795445622349];
