export * from './lib/api-error';
export * from './lib/api-client';
export * from './lib/hq-api';
export * from './lib/portal-api';
export * from './lib/session';
