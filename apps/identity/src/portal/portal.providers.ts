import type { Provider, Type } from '@nestjs/common';
import { PORTAL_DIRECTORY } from '../sessions/principals';
import { PortalAccessHistoryEntity } from './access/portal-access-history.entity';
import { PortalAccessController } from './access/portal-access.controller';
import { PortalAccessRepository } from './access/portal-access.repository';
import { PortalAccessService } from './access/portal-access.service';
import { PortalClientEvents } from './access/portal-client-events';
import { PortalInvitationEntity } from './access/portal-invitation.entity';
import { PortalAccountEntity } from './accounts/portal-account.entity';
import { PortalAccountsController } from './accounts/portal-accounts.controller';
import { PortalAccountsRepository } from './accounts/portal-accounts.repository';
import { PortalAccountsService } from './accounts/portal-accounts.service';
import { PortalDirectory } from './accounts/portal-directory';
import { PortalLinkEntity } from './accounts/portal-link.entity';
import { PortalLinks } from './accounts/portal-links';
import { PortalUserEntity } from './accounts/portal-user.entity';
import { PortalInvitationsController } from './invitations/portal-invitations.controller';
import { PortalInvitationsService } from './invitations/portal-invitations.service';
import { PortalUsersController } from './users/portal-users.controller';
import { PortalUsersService } from './users/portal-users.service';

/** Portal accounts, users, links and invitations: wired into AppModule from here. */
export const PORTAL_CONTROLLERS: Type[] = [
  PortalAccessController,
  PortalInvitationsController,
  PortalAccountsController,
  PortalUsersController,
];
export const PORTAL_PROVIDERS: Provider[] = [
  PortalAccountsRepository,
  PortalAccessRepository,
  PortalLinks,
  { provide: PORTAL_DIRECTORY, useClass: PortalDirectory },
  PortalAccessService,
  PortalClientEvents,
  PortalInvitationsService,
  PortalAccountsService,
  PortalUsersService,
];
/** TypeORM entities of the portal feature (added to IDENTITY_SCHEMA). */
export const PORTAL_ENTITIES: Type[] = [
  PortalAccountEntity,
  PortalUserEntity,
  PortalLinkEntity,
  PortalInvitationEntity,
  PortalAccessHistoryEntity,
];
