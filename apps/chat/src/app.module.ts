import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessagingModule } from '@tailwise/messaging';
import { databaseUrl } from '@tailwise/persistence';
import { ObservabilityModule } from '@tailwise/runtime';
import type { ChatConfig } from './config';
import { chatDataSourceOptions } from './data-source';

/** The chat service's runtime; its features arrive with their issues. */
@Module({})
export class AppModule {
  static forRoot(config: ChatConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ObservabilityModule.forRoot({ name: 'chat', logLevel: config.LOG_LEVEL }),
        TypeOrmModule.forRoot(chatDataSourceOptions(config.DATABASE_URL, config.DATABASE_NAME, config.MIGRATIONS_RUN)),
        MessagingModule.forRoot({
          servers: config.NATS_URL,
          name: 'chat',
          outbox: { listenUrl: databaseUrl(config.DATABASE_URL, config.DATABASE_NAME) },
        }),
      ],
    };
  }
}
