import { Module, type DynamicModule } from '@nestjs/common';
import { serviceInfrastructure } from '@tailwise/runtime';
import type { NotificationsConfig } from './config';
import { NOTIFICATIONS_SCHEMA } from './data-source';
import { ClinicNoticesService } from './emails/clinic-notices.service';
import { EmailsController } from './emails/emails.controller';
import { EmailsRepository } from './emails/emails.repository';
import { EmailsService } from './emails/emails.service';
import { LinkEmailsService } from './emails/link-emails.service';
import { LinkTokens } from './emails/link-tokens';
import { Mailer } from './emails/mailer';
import { NOTIFICATIONS_CONFIG } from './notifications.tokens';

@Module({})
export class AppModule {
  static forRoot(config: NotificationsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: serviceInfrastructure('notifications', config, NOTIFICATIONS_SCHEMA),
      controllers: [EmailsController],
      providers: [
        { provide: NOTIFICATIONS_CONFIG, useValue: config },
        { provide: Mailer, useFactory: () => Mailer.fromConfig(config) },
        EmailsRepository,
        EmailsService,
        LinkTokens,
        LinkEmailsService,
        ClinicNoticesService,
      ],
    };
  }
}
