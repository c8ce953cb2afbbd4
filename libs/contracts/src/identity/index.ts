export * from './identity.subjects';
export * from './identity.schemas';
export * from './identity.events';
