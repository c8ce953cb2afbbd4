import { createPortalApiClient, portalApi } from '@tailwise/web-api';

/** One client per page load: every part of the app shares its in-memory session. */
export const api = portalApi(createPortalApiClient());
