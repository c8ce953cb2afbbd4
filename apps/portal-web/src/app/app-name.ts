export const APP_NAME = 'Tailwise Portal';
/** Where the gateway serves this app; the router's paths are relative to it. */
export const BASENAME = '/portal';
