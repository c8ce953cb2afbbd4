import { appointmentRequestsApi, appointmentsApi, clientsApi, clinicSetupApi, createHqApiClient, hqApi, portalAccessApi, staffAdminApi } from '@tailwise/web-api';

/** One client per page load: every part of the app shares its in-memory session. */
export const api = hqApi(createHqApiClient());

/** Clients and animals, over the same session. */
export const clientsService = clientsApi(api.client);

/** Settings → Users and User Roles. */
export const staffAdminService = staffAdminApi(api.client);

/** A client's VCP tab: portal invitations, links and their history. */
export const portalAccessService = portalAccessApi(api.client);

/** Settings → Clinic: hours, closures, appointment types, day capacity, reasons, portal options. */
export const clinicSetupService = clinicSetupApi(api.client);

/** The Calendar and a client's Appointments tab. */
export const appointmentsService = appointmentsApi(api.client);

/** The calendar's Appointment Requests, and the open times offered when accepting one. */
export const appointmentRequestsService = appointmentRequestsApi(api.client);
