import { ClinicSetup1795982117423 } from './1795982117423-clinic-setup';

export const SCHEDULING_MIGRATIONS = [ClinicSetup1795982117423];
