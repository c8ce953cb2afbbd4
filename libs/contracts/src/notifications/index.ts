export * from './notifications.subjects';
export * from './notifications.schemas';
