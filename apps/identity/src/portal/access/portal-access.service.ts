import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { randomToken, sha256 } from '@tailwise/auth';
import {
  AppError,
  ERROR_CODES,
  IDENTITY_EVENTS,
  type PortalAccess,
  type PortalAccessEventKind,
  type PortalClientCommand,
  type PortalInviteCommand,
  type PortalInviteResult,
  type PortalLinkCommand,
  type StaffActor,
} from '@tailwise/contracts';
import { enqueueEvent } from '@tailwise/messaging';
import { PortalAccountsRepository } from '../accounts/portal-accounts.repository';
import type { PortalLinkEntity } from '../accounts/portal-link.entity';
import { PortalLinks } from '../accounts/portal-links';
import { requireManagePortalAccess } from '../portal-actors';
import { INVITATION_TTL_MS, accessStatus, assertStaffCanLink, invitationStatus, type LinkSituation } from './portal-access-rules';
import { PortalAccessRepository } from './portal-access.repository';
import type { PortalInvitationKind } from './portal-invitation.entity';

export interface InvitationToSend {
  organizationId: string;
  clientId: string;
  clientName: string;
  kind: PortalInvitationKind;
  email: string;
  /** The staff member who sent it; null for a claim, which the client record sends itself. */
  by: { userId: string; name: string | null } | null;
}

/** The History lines whose invitation's fate the tab shows beside them. */
const SENT_KINDS: PortalAccessEventKind[] = ['invitation-sent', 'claim-sent'];

interface LinkState extends LinkSituation {
  clientLink: PortalLinkEntity | null;
}

/** A client profile's VCP tab: invite, link an existing account, close, delete permanently. */
@Injectable()
export class PortalAccessService {
  constructor(
    private readonly access: PortalAccessRepository,
    private readonly accounts: PortalAccountsRepository,
    private readonly links: PortalLinks,
  ) {}

  /** Any staff member of the organization may read the VCP tab; changing it needs the permission. */
  async get(actor: StaffActor, { clientId }: PortalClientCommand): Promise<PortalAccess> {
    return this.view(this.access.manager, actor.organizationId, clientId);
  }

  /**
   * Send / Generate New Invite. An email that already has a portal login is not sent anything:
   * HQ is told so and offers Link with Account, unless linking could not work anyway (409).
   */
  async invite(actor: StaffActor, command: PortalInviteCommand): Promise<PortalInviteResult> {
    requireManagePortalAccess(actor);
    const { organizationId } = actor;
    return this.access.transaction(async (manager) => {
      await this.access.lockClient(manager, organizationId, command.clientId);
      const user = await this.accounts.findUserByEmail(manager, command.email);
      if (user?.passwordHash) {
        assertStaffCanLink(await this.situation(manager, organizationId, command.clientId, user.portalAccountId));
        const account = await this.accounts.findAccount(manager, user.portalAccountId);
        if (!account) throw AppError.notFound('Portal account');
        return {
          outcome: 'existing-account' as const,
          account: { id: account.id, name: account.name, userName: user.name, userEmail: user.email },
          access: await this.view(manager, organizationId, command.clientId),
        };
      }
      await this.sendInvitation(manager, {
        organizationId,
        clientId: command.clientId,
        clientName: command.clientName,
        kind: 'invite',
        email: command.email,
        by: { userId: actor.userId, name: actor.name ?? null },
      });
      return { outcome: 'sent' as const, access: await this.view(manager, organizationId, command.clientId) };
    });
  }

  /** Link with Account, confirmed in HQ. Irreversible short of deleting portal access permanently. */
  async link(actor: StaffActor, command: PortalLinkCommand): Promise<PortalAccess> {
    requireManagePortalAccess(actor);
    const { organizationId } = actor;
    return this.access.transaction(async (manager) => {
      await this.access.lockClient(manager, organizationId, command.clientId);
      const user = await this.accounts.findUserByEmail(manager, command.email);
      if (!user) {
        const message = 'No portal account uses this email';
        throw new AppError(ERROR_CODES.NOT_FOUND, message, { issues: [{ path: 'email', message }] });
      }
      const situation = await this.situation(manager, organizationId, command.clientId, user.portalAccountId);
      assertStaffCanLink(situation);
      const ref = { portalAccountId: user.portalAccountId, organizationId, clientId: command.clientId };
      await this.links.open(manager, situation.clientLink, ref);
      const at = new Date();
      await this.access.supersedePending(manager, organizationId, command.clientId, at);
      await this.access.addHistory(manager, {
        organizationId,
        clientId: command.clientId,
        kind: 'account-linked',
        email: user.email,
        byName: actor.name ?? null,
        invitationId: null,
        at,
      });
      return this.view(manager, organizationId, command.clientId);
    });
  }

  /** Close Access: the link stays (closed) and pending invitations are voided. */
  async close(actor: StaffActor, { clientId }: PortalClientCommand): Promise<PortalAccess> {
    requireManagePortalAccess(actor);
    const { organizationId } = actor;
    return this.access.transaction(async (manager) => {
      await this.access.lockClient(manager, organizationId, clientId);
      const at = new Date();
      const link = await this.accounts.lockClientLink(manager, organizationId, clientId);
      const voided = await this.access.supersedePending(manager, organizationId, clientId, at);
      if (link?.status !== 'active' && voided === 0) {
        throw new AppError(ERROR_CODES.CONFLICT, 'This client has no portal access to close.');
      }
      if (link?.status === 'active') await this.links.close(manager, link);
      await this.access.addHistory(manager, {
        organizationId,
        clientId,
        kind: 'access-closed',
        email: null,
        byName: actor.name ?? null,
        invitationId: null,
        at,
      });
      return this.view(manager, organizationId, clientId);
    });
  }

  /** Delete portal access permanently (Admin only): the account may then be linked elsewhere. */
  async delete(actor: StaffActor, { clientId }: PortalClientCommand): Promise<void> {
    requireManagePortalAccess(actor);
    const { organizationId } = actor;
    await this.access.transaction(async (manager) => {
      if (!(await this.access.isAdmin(manager, organizationId, actor.userId))) {
        throw new AppError(ERROR_CODES.FORBIDDEN, 'Only an admin can delete portal access permanently');
      }
      await this.access.lockClient(manager, organizationId, clientId);
      const at = new Date();
      const removed = await this.removeAccess(manager, organizationId, clientId, at);
      if (!removed) throw AppError.notFound('Portal access');
      await this.access.addHistory(manager, {
        organizationId,
        clientId,
        kind: 'access-deleted',
        email: null,
        byName: actor.name ?? null,
        invitationId: null,
        at,
      });
    });
  }

  /** A claim: "Allow login?" was set on an individual client (its consumer's transaction). */
  async sendClaim(
    manager: EntityManager,
    client: { organizationId: string; clientId: string; email: string; firstName: string; lastName: string },
  ): Promise<void> {
    await this.access.lockClient(manager, client.organizationId, client.clientId);
    await this.sendInvitation(manager, {
      organizationId: client.organizationId,
      clientId: client.clientId,
      clientName: `${client.firstName} ${client.lastName}`.trim(),
      kind: 'claim',
      email: client.email.toLowerCase(),
      by: null,
    });
  }

  /** The client was deleted in clients: its link goes and its invitations stop working. */
  async forgetClient(manager: EntityManager, organizationId: string, clientId: string): Promise<void> {
    await this.access.lockClient(manager, organizationId, clientId);
    await this.removeAccess(manager, organizationId, clientId, new Date());
  }

  /** Deletes the link and voids pending invitations; false when there was neither. */
  private async removeAccess(manager: EntityManager, organizationId: string, clientId: string, at: Date): Promise<boolean> {
    const link = await this.accounts.lockClientLink(manager, organizationId, clientId);
    const voided = await this.access.supersedePending(manager, organizationId, clientId, at);
    if (link) await this.links.delete(manager, link);
    return link !== null || voided > 0;
  }

  /**
   * Replaces the client's pending invitations with a new one. Its secret is not kept, not even
   * hashed: notifications mints a fresh one when it sends the email.
   */
  private async sendInvitation(manager: EntityManager, input: InvitationToSend): Promise<void> {
    const now = new Date();
    await this.access.supersedePending(manager, input.organizationId, input.clientId, now);
    const invitation = await this.access.createInvitation(manager, {
      organizationId: input.organizationId,
      clientId: input.clientId,
      clientName: input.clientName,
      kind: input.kind,
      email: input.email,
      tokenHash: sha256(randomToken()),
      invitedByUserId: input.by?.userId ?? null,
      invitedByName: input.by?.name ?? null,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
    });
    await this.access.addHistory(manager, {
      organizationId: input.organizationId,
      clientId: input.clientId,
      kind: input.kind === 'invite' ? 'invitation-sent' : 'claim-sent',
      email: input.email,
      byName: input.by?.name ?? null,
      invitationId: invitation.id,
      at: now,
    });
    const organizationName = await this.access.organizationName(manager, input.organizationId);
    if (organizationName === null) throw AppError.notFound('Organization');
    await enqueueEvent(manager, IDENTITY_EVENTS.portalInvitationSent, {
      invitationId: invitation.id,
      kind: invitation.kind,
      organizationId: invitation.organizationId,
      organizationName,
      clientId: invitation.clientId,
      clientName: invitation.clientName,
      email: invitation.email,
      invitedByName: invitation.invitedByName,
      expiresAt: invitation.expiresAt.toISOString(),
    });
  }

  private async situation(manager: EntityManager, organizationId: string, clientId: string, accountId: string): Promise<LinkState> {
    return {
      accountId,
      clientId,
      clientLink: await this.accounts.lockClientLink(manager, organizationId, clientId),
      accountLink: await this.accounts.findAccountLink(manager, accountId, organizationId),
    };
  }

  /** The VCP tab, read within the organization: another organization's client shows nothing. */
  private async view(manager: EntityManager, organizationId: string, clientId: string): Promise<PortalAccess> {
    const now = new Date();
    const link = await this.accounts.findClientLink(manager, organizationId, clientId);
    const invitations = await this.access.listInvitations(manager, organizationId, clientId);
    const statuses = new Map(invitations.map((i) => [i.id, invitationStatus(i, now)]));
    const account = link ? await this.accounts.findAccount(manager, link.portalAccountId) : null;
    const lastLogin = link ? await this.accounts.lastLoginAt(manager, link.portalAccountId) : null;
    const history = await this.access.history(manager, organizationId, clientId);
    return {
      clientId,
      status: accessStatus(link, [...statuses.values()].includes('pending')),
      account: account && { id: account.id, name: account.name },
      lastPortalLoginAt: lastLogin?.toISOString() ?? null,
      invited: invitations.length > 0,
      history: history.map((entry) => ({
        id: entry.id,
        kind: entry.kind,
        at: entry.at.toISOString(),
        email: entry.email,
        by: entry.byName,
        invitationStatus: (SENT_KINDS.includes(entry.kind) && entry.invitationId && statuses.get(entry.invitationId)) || null,
      })),
    };
  }
}
