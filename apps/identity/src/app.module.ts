import { Module, type DynamicModule } from '@nestjs/common';
import { serviceInfrastructure } from '@tailwise/runtime';
import type { IdentityConfig } from './config';
import { IDENTITY_SCHEMA } from './data-source';
import { IDENTITY_CONFIG } from './identity.tokens';
import { KeysController } from './keys/keys.controller';
import { TokenIssuer } from './keys/token-issuer';
import { OrganizationsController } from './organizations/organizations.controller';
import { OrganizationsRepository } from './organizations/organizations.repository';
import { OrganizationsService } from './organizations/organizations.service';
import { SessionsController } from './sessions/sessions.controller';
import { SessionsRepository } from './sessions/sessions.repository';
import { SessionsService } from './sessions/sessions.service';
import { SignInThrottle } from './sessions/sign-in-throttle';
import { StaffController } from './staff/staff.controller';
import { StaffRepository } from './staff/staff.repository';
import { StaffService } from './staff/staff.service';

@Module({})
export class AppModule {
  static forRoot(config: IdentityConfig): DynamicModule {
    return {
      module: AppModule,
      imports: serviceInfrastructure('identity', config, IDENTITY_SCHEMA),
      controllers: [OrganizationsController, SessionsController, StaffController, KeysController],
      providers: [
        { provide: IDENTITY_CONFIG, useValue: config },
        {
          provide: TokenIssuer,
          useFactory: () => TokenIssuer.create(config.AUTH_PRIVATE_KEY, config.AUTH_KEY_ID, config.ACCESS_TOKEN_TTL_SECONDS),
        },
        OrganizationsRepository,
        OrganizationsService,
        SessionsRepository,
        SessionsService,
        SignInThrottle,
        StaffRepository,
        StaffService,
      ],
    };
  }
}
