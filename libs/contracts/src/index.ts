export * from './common/errors';
export * from './common/actor';
export * from './common/events';
export * from './common/permissions';
export * from './common/common.schemas';
export * from './identity';
export * from './notifications';
export * from './clients';
