import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessagingModule } from '@tailwise/messaging';
import { databaseUrl } from '@tailwise/persistence';
import { ObservabilityModule } from '@tailwise/runtime';
import type { ClientsConfig } from './config';
import { clientsDataSourceOptions } from './data-source';

/** The clients service's runtime; its features arrive with their issues. */
@Module({})
export class AppModule {
  static forRoot(config: ClientsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ObservabilityModule.forRoot({ name: 'clients', logLevel: config.LOG_LEVEL }),
        TypeOrmModule.forRoot(clientsDataSourceOptions(config.DATABASE_URL, config.DATABASE_NAME, config.MIGRATIONS_RUN)),
        MessagingModule.forRoot({
          servers: config.NATS_URL,
          name: 'clients',
          outbox: { listenUrl: databaseUrl(config.DATABASE_URL, config.DATABASE_NAME) },
        }),
      ],
    };
  }
}
