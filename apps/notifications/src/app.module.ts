import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { databaseUrl } from '@tailwise/persistence';
import { MessagingModule } from '@tailwise/messaging';
import { ObservabilityModule } from '@tailwise/runtime';
import type { NotificationsConfig } from './config';
import { notificationsDataSourceOptions } from './data-source';
import { EmailsController } from './emails/emails.controller';
import { EmailsRepository } from './emails/emails.repository';
import { EmailsService } from './emails/emails.service';
import { Mailer } from './emails/mailer';
import { NOTIFICATIONS_CONFIG } from './notifications.tokens';

@Module({})
export class AppModule {
  static forRoot(config: NotificationsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ObservabilityModule.forRoot({ name: 'notifications', logLevel: config.LOG_LEVEL }),
        TypeOrmModule.forRoot(
          notificationsDataSourceOptions(config.DATABASE_URL, config.DATABASE_NAME, config.MIGRATIONS_RUN, config.DATABASE_POOL_SIZE),
        ),
        MessagingModule.forRoot({
          servers: config.NATS_URL,
          name: 'notifications',
          outbox: { listenUrl: databaseUrl(config.DATABASE_URL, config.DATABASE_NAME) },
        }),
      ],
      controllers: [EmailsController],
      providers: [
        { provide: NOTIFICATIONS_CONFIG, useValue: config },
        { provide: Mailer, useFactory: () => Mailer.fromConfig(config) },
        EmailsRepository,
        EmailsService,
      ],
    };
  }
}
