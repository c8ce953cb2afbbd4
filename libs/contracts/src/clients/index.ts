export * from './clients.subjects';
export * from './clients.schemas';
export * from './clients.events';
