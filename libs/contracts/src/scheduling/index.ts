export * from './scheduling.subjects';
export * from './scheduling.schemas';
export * from './appointments.schemas';
export * from './scheduling.events';
export * from './client-scheduling.schemas';
