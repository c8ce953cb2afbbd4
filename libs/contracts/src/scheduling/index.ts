export * from './scheduling.subjects';
export * from './scheduling.schemas';
