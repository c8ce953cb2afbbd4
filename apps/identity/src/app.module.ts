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
import { PasswordTokensRepository } from './passwords/password-tokens.repository';
import { PasswordTokensService } from './passwords/password-tokens.service';
import { PasswordsController } from './passwords/passwords.controller';
import { PORTAL_CONTROLLERS, PORTAL_PROVIDERS } from './portal/portal.providers';
import { SessionsController } from './sessions/sessions.controller';
import { SessionsRepository } from './sessions/sessions.repository';
import { SessionsService } from './sessions/sessions.service';
import { SignInThrottle } from './sessions/sign-in-throttle';
import { RolesController } from './staff/roles.controller';
import { RolesService } from './staff/roles.service';
import { STAFF_DIRECTORY_PROVIDER } from './staff/staff-directory';
import { StaffController } from './staff/staff.controller';
import { StaffRepository } from './staff/staff.repository';
import { StaffService } from './staff/staff.service';

@Module({})
export class AppModule {
  static forRoot(config: IdentityConfig): DynamicModule {
    return {
      module: AppModule,
      imports: serviceInfrastructure('identity', config, IDENTITY_SCHEMA),
      controllers: [
        OrganizationsController,
        SessionsController,
        PasswordsController,
        StaffController,
        RolesController,
        KeysController,
        ...PORTAL_CONTROLLERS,
      ],
      providers: [
        { provide: IDENTITY_CONFIG, useValue: config },
        {
          provide: TokenIssuer,
          useFactory: () => TokenIssuer.create(config.AUTH_PRIVATE_KEY, config.AUTH_KEY_ID, config.ACCESS_TOKEN_TTL_SECONDS),
        },
        OrganizationsRepository,
        OrganizationsService,
        PasswordTokensRepository,
        PasswordTokensService,
        RolesService,
        SessionsRepository,
        SessionsService,
        SignInThrottle,
        StaffRepository,
        StaffService,
        STAFF_DIRECTORY_PROVIDER,
        ...PORTAL_PROVIDERS,
      ],
    };
  }
}
