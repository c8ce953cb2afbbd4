import type { DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessagingModule } from '@tailwise/messaging';
import { databaseUrl, schemaDataSourceOptions, type ServiceSchema } from '@tailwise/persistence';
import { ObservabilityModule } from './observability.module';
import type { ServiceConfig } from './run-service';

/** What every database-owning service imports: logs, health, metrics, its database, NATS and its outbox. */
export function serviceInfrastructure(name: string, config: ServiceConfig, schema: ServiceSchema): DynamicModule[] {
  return [
    ObservabilityModule.forRoot({ name, logLevel: config.LOG_LEVEL }),
    TypeOrmModule.forRoot(schemaDataSourceOptions(schema, config)),
    MessagingModule.forRoot({
      servers: config.NATS_URL,
      name,
      outbox: { listenUrl: databaseUrl(config.DATABASE_URL, config.DATABASE_NAME) },
    }),
  ];
}
