import { clientSchedulingApi, createPortalApiClient, portalApi, portalAppointmentsApi } from '@tailwise/web-api';

/** One client per page load: every part of the app shares its in-memory session. */
const client = createPortalApiClient();

export const api = portalApi(client);
export const appointmentsApi = portalAppointmentsApi(client);
export const schedulingApi = clientSchedulingApi(client);
