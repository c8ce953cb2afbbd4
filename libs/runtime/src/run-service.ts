import type { DynamicModule } from '@nestjs/common';
import { schemaDataSourceOptions, type ServiceSchema } from '@tailwise/persistence';
import { bootstrapService, migrateOnly } from './bootstrap';

/** The settings every database-owning service has (see @tailwise/config). */
export interface ServiceConfig {
  LOG_LEVEL: string;
  NATS_URL: string;
  HTTP_HOST: string;
  HTTP_PORT: number;
  SHUTDOWN_GRACE_MS: number;
  DATABASE_URL: string;
  DATABASE_NAME: string;
  DATABASE_POOL_SIZE: number;
  MIGRATIONS_RUN: boolean;
  MIGRATE_ONLY: boolean;
}

export interface ServiceDefinition<C extends ServiceConfig> {
  name: string;
  loadConfig(): C;
  schema: ServiceSchema;
  module(config: C): DynamicModule;
}

/** A service's whole `main`: migrate-only for the cluster's Job, otherwise serve. */
export function runService<C extends ServiceConfig>(definition: ServiceDefinition<C>): void {
  const run = async () => {
    const config = definition.loadConfig();
    if (config.MIGRATE_ONLY) {
      await migrateOnly(config.DATABASE_URL, config.DATABASE_NAME, schemaDataSourceOptions(definition.schema, config));
      return;
    }
    await bootstrapService({
      name: definition.name,
      module: definition.module(config),
      natsUrl: config.NATS_URL,
      httpHost: config.HTTP_HOST,
      httpPort: config.HTTP_PORT,
      shutdownGraceMs: config.SHUTDOWN_GRACE_MS,
      database: { serverUrl: config.DATABASE_URL, name: config.DATABASE_NAME },
    });
  };
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
