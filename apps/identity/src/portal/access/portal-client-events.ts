import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CLIENTS_EVENTS } from '@tailwise/contracts';
import { MessagingRuntime } from '@tailwise/messaging';
import { PortalAccessService } from './portal-access.service';

export const CLIENT_CLAIM_CONSUMER = 'identity.client-claim';
export const CLIENT_DELETED_CONSUMER = 'identity.client-deleted';

/** What the clients service tells identity about portal access. Redeliveries are no-ops (consumer framework). */
@Injectable()
export class PortalClientEvents implements OnModuleInit {
  constructor(
    private readonly messaging: MessagingRuntime,
    private readonly access: PortalAccessService,
  ) {}

  onModuleInit(): void {
    this.messaging.consumers.register({
      consumer: CLIENT_CLAIM_CONSUMER,
      event: CLIENTS_EVENTS.clientLoginAllowed,
      handle: (event, manager) => this.access.sendClaim(manager, event.data),
    });
    this.messaging.consumers.register({
      consumer: CLIENT_DELETED_CONSUMER,
      event: CLIENTS_EVENTS.clientDeleted,
      handle: (event, manager) => this.access.forgetClient(manager, event.data.organizationId, event.data.clientId),
    });
  }
}
