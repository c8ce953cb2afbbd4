export * from './passwords';
export * from './secrets';
export * from './access-tokens';
