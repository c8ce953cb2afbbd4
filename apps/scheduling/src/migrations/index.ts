import { ClinicSetup1795982117423 } from './1795982117423-clinic-setup';
import { Appointments1795988197666 } from './1795988197666-appointments';

export const SCHEDULING_MIGRATIONS = [ClinicSetup1795982117423, Appointments1795988197666];
