import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CLIENTS_SUBJECTS, type Animal } from '@tailwise/contracts';
import { RpcClient } from '@tailwise/messaging';
import { LinkedOrganization, LinkedPortalUser, type LinkedPortalActor } from './portal-link.guard';

/** A clinic's records of the linked client, as the portal shows them. */
@ApiTags('portal: animals')
@ApiBearerAuth()
@LinkedOrganization()
@Controller('api/portal/organizations/:organizationId/animals')
export class PortalAnimalsController {
  constructor(private readonly rpc: RpcClient) {}

  /** The linked client's animals at this organization, in name order. */
  @Get()
  list(@LinkedPortalUser() actor: LinkedPortalActor): Promise<Animal[]> {
    return this.rpc.request<Animal[]>(CLIENTS_SUBJECTS.portalAnimalList, actor, {});
  }
}
