export * from './bootstrap';
export * from './logging';
export * from './metrics';
export * from './health.controller';
export * from './observability.module';
export * from './run-service';
export * from './service-infrastructure';
