import { Body, Controller, Delete, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  CLIENTS_SUBJECTS,
  IDENTITY_SUBJECTS,
  STAFF_PERMISSIONS,
  type Client,
  type PortalAccess,
  type PortalInviteResult,
  type StaffActor,
} from '@tailwise/contracts';
import { RpcClient } from '@tailwise/messaging';
import { CurrentStaff, RequirePermission } from '../auth/auth.decorators';
import { IdParamDto } from '../clients/clients.dto';
import { PortalLinks } from '../portal/portal-links';
import { PortalInviteDto, PortalLinkDto } from './portal-access.dto';

const LINKED_ELSEWHERE = 'The client already has portal access with another account, or this email already has access';

/**
 * A client profile's VCP tab: the client's portal access. Each call first reads the client
 * from clients as the staff member, so another organization's client id is a 404 before
 * identity is asked, and identity gets the client's current name. Any staff member reads the
 * tab; changing it needs "manage portal access".
 */
@ApiTags('hq: portal access')
@ApiBearerAuth()
@Controller('api/hq/clients/:id/portal-access')
export class PortalAccessController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly links: PortalLinks,
  ) {}

  /** Status, linked account, last portal login and history (newest first). */
  @Get()
  async get(@CurrentStaff() actor: StaffActor, @Param() { id }: IdParamDto): Promise<PortalAccess> {
    const client = await this.client(actor, id);
    return this.rpc.request<PortalAccess>(IDENTITY_SUBJECTS.portalAccessGet, actor, { clientId: client.id });
  }

  /**
   * Send / Generate New Invite: emails an invitation (72 hours; an older pending one stops
   * working). When the email already has a portal login nothing is sent and the answer
   * (200, `outcome: existing-account`) names the account, for Link with Account.
   */
  @Post('invitations')
  @RequirePermission(STAFF_PERMISSIONS.managePortalAccess)
  @ApiCreatedResponse({ description: '`outcome: sent`' })
  @ApiOkResponse({ description: '`outcome: existing-account`: nothing was sent' })
  @ApiConflictResponse({ description: LINKED_ELSEWHERE })
  async invite(
    @CurrentStaff() actor: StaffActor,
    @Param() { id }: IdParamDto,
    @Body() body: PortalInviteDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PortalInviteResult> {
    const client = await this.client(actor, id);
    const result = await this.rpc.request<PortalInviteResult>(IDENTITY_SUBJECTS.portalAccessInvite, actor, {
      clientId: client.id,
      clientName: client.displayName,
      email: body.email,
    });
    void reply.status(result.outcome === 'sent' ? 201 : 200);
    return result;
  }

  /** Link with Account: links the client to the existing portal account of this email. Cannot be undone but by deleting. */
  @Post('link')
  @HttpCode(200)
  @RequirePermission(STAFF_PERMISSIONS.managePortalAccess)
  @ApiConflictResponse({ description: LINKED_ELSEWHERE })
  async link(@CurrentStaff() actor: StaffActor, @Param() { id }: IdParamDto, @Body() body: PortalLinkDto): Promise<PortalAccess> {
    const client = await this.client(actor, id);
    const access = await this.rpc.request<PortalAccess>(IDENTITY_SUBJECTS.portalAccessLink, actor, {
      clientId: client.id,
      clientName: client.displayName,
      email: body.email,
    });
    if (access.account) this.links.evict(access.account.id);
    return access;
  }

  /** Close Access: the account keeps its login but no longer sees this client's records. */
  @Post('close')
  @HttpCode(200)
  @RequirePermission(STAFF_PERMISSIONS.managePortalAccess)
  @ApiConflictResponse({ description: 'There is no open access to close' })
  async close(@CurrentStaff() actor: StaffActor, @Param() { id }: IdParamDto): Promise<PortalAccess> {
    const client = await this.client(actor, id);
    const access = await this.rpc.request<PortalAccess>(IDENTITY_SUBJECTS.portalAccessClose, actor, { clientId: client.id });
    // The portal stops showing the client's records on this replica now, on the others at the event.
    this.links.evictClient(actor.organizationId, client.id);
    return access;
  }

  /** Delete Permanently (admins only): removes the link and pending invitations; history stays. */
  @Delete()
  @HttpCode(204)
  @RequirePermission(STAFF_PERMISSIONS.managePortalAccess)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiForbiddenResponse({ description: 'Only an admin can delete portal access permanently' })
  async remove(@CurrentStaff() actor: StaffActor, @Param() { id }: IdParamDto): Promise<void> {
    const client = await this.client(actor, id);
    await this.rpc.request<null>(IDENTITY_SUBJECTS.portalAccessDelete, actor, { clientId: client.id });
    this.links.evictClient(actor.organizationId, client.id);
  }

  /** 404 for another organization's client, as for one that does not exist. */
  private client(actor: StaffActor, clientId: string): Promise<Client> {
    return this.rpc.request<Client>(CLIENTS_SUBJECTS.get, actor, { clientId });
  }
}
