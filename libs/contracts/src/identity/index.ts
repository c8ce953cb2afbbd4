export * from './identity.subjects';
export * from './identity.schemas';
export * from './identity.events';
export * from './staff-admin.schemas';
export * from './passwords.schemas';
export * from './portal.schemas';
