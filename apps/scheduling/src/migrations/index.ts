import { ClinicSetup1795982117423 } from './1795982117423-clinic-setup';
import { Appointments1795988197666 } from './1795988197666-appointments';
import { AppointmentRequests1795988931255 } from './1795988931255-appointment-requests';
import { BusyDays1795991000000 } from './1795991000000-busy-days';

export const SCHEDULING_MIGRATIONS = [ClinicSetup1795982117423, Appointments1795988197666, AppointmentRequests1795988931255, BusyDays1795991000000];
