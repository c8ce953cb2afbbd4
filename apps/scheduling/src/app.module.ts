import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessagingModule } from '@tailwise/messaging';
import { databaseUrl } from '@tailwise/persistence';
import { ObservabilityModule } from '@tailwise/runtime';
import type { SchedulingConfig } from './config';
import { schedulingDataSourceOptions } from './data-source';

/** The scheduling service's runtime; its features arrive with their issues. */
@Module({})
export class AppModule {
  static forRoot(config: SchedulingConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ObservabilityModule.forRoot({ name: 'scheduling', logLevel: config.LOG_LEVEL }),
        TypeOrmModule.forRoot(schedulingDataSourceOptions(config.DATABASE_URL, config.DATABASE_NAME, config.MIGRATIONS_RUN)),
        MessagingModule.forRoot({
          servers: config.NATS_URL,
          name: 'scheduling',
          outbox: { listenUrl: databaseUrl(config.DATABASE_URL, config.DATABASE_NAME) },
        }),
      ],
    };
  }
}
