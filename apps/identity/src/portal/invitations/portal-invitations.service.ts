import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { hashPassword, randomToken, sha256 } from '@tailwise/auth';
import {
  ALL_PORTAL_PERMISSIONS,
  AppError,
  ERROR_CODES,
  type MintedLinkToken,
  type PortalInvitationInfo,
  type PortalInvitationSignInCommand,
  type PortalNewAccountCommand,
  type Session,
} from '@tailwise/contracts';
import { isUniqueViolation } from '@tailwise/persistence';
import { SessionsService } from '../../sessions/sessions.service';
import { assertInviteeCanLink, invitationStatus } from '../access/portal-access-rules';
import { PortalAccessRepository } from '../access/portal-access.repository';
import type { PortalInvitationEntity } from '../access/portal-invitation.entity';
import { PortalAccountsRepository } from '../accounts/portal-accounts.repository';
import { portalPrincipal } from '../accounts/portal-directory';
import { PortalLinks } from '../accounts/portal-links';
import { linkExpired, linkNoLongerValid } from '../../passwords/password-token-rules';
import { conflictOn } from '../portal-actors';

const ACCOUNT_EXISTS = 'An account with this email already exists. Sign in to link it.';
const RACED = 'This portal access changed at the same moment. Try again.';

/** Accepting an invitation or claim from its emailed link (anonymous callers), and minting that link. */
@Injectable()
export class PortalInvitationsService {
  constructor(
    private readonly access: PortalAccessRepository,
    private readonly accounts: PortalAccountsRepository,
    private readonly links: PortalLinks,
    private readonly sessions: SessionsService,
  ) {}

  async check(token: string): Promise<PortalInvitationInfo> {
    const manager = this.access.manager;
    const invitation = await this.pending(manager, token);
    const organizationName = (await this.access.organizationName(manager, invitation.organizationId)) ?? '';
    return {
      kind: invitation.kind,
      email: invitation.email,
      organizationName,
      clientName: invitation.clientName,
      existingAccount: (await this.accounts.findUserByEmail(manager, invitation.email)) !== null,
      // A claim is sent for an individual client, whose name the clinic has on record.
      suggestedName: invitation.kind === 'claim' ? invitation.clientName : null,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  /**
   * New Account: the invited email becomes a user with every permission. When the client is
   * already linked (a second person invited), the user joins that account; otherwise a new
   * account named after the client is created and linked.
   */
  async newAccount(command: PortalNewAccountCommand): Promise<Session> {
    await this.pending(this.access.manager, command.token);
    const passwordHash = await hashPassword(command.password);
    try {
      return await this.access.transaction(async (manager) => {
        const invitation = await this.claim(manager, command.token);
        if (await this.accounts.findUserByEmail(manager, invitation.email)) throw conflictOn('email', ACCOUNT_EXISTS);
        const link = await this.accounts.lockClientLink(manager, invitation.organizationId, invitation.clientId);
        const account = link
          ? await this.accounts.findAccount(manager, link.portalAccountId)
          : await this.accounts.createAccount(manager, invitation.clientName);
        if (!account) throw AppError.notFound('Portal account');
        const user = await this.accounts.createUser(manager, {
          portalAccountId: account.id,
          email: invitation.email,
          name: command.name,
          passwordHash,
          permissions: [...ALL_PORTAL_PERMISSIONS],
        });
        await this.links.open(manager, link, { portalAccountId: account.id, organizationId: invitation.organizationId, clientId: invitation.clientId });
        await this.accept(manager, invitation, user.email);
        return this.sessions.startSession(manager, portalPrincipal({ user, account }), command);
      });
    } catch (error) {
      // Two people creating an account for one email at once: the unique index decides.
      if (isUniqueViolation(error, 'portal_users_email_key')) throw conflictOn('email', ACCOUNT_EXISTS);
      throw raced(error);
    }
  }

  /** Signing in to an existing account from an invitation links that account to the client. */
  async signIn(command: PortalInvitationSignInCommand): Promise<Session> {
    // A dead link says so before a password is checked (and counted against the throttle).
    await this.pending(this.access.manager, command.token);
    const principal = await this.sessions.authenticate('portal', command);
    try {
      return await this.access.transaction(async (manager) => {
        const invitation = await this.claim(manager, command.token);
        const ref = { portalAccountId: principal.tenantId, organizationId: invitation.organizationId, clientId: invitation.clientId };
        const clientLink = await this.accounts.lockClientLink(manager, ref.organizationId, ref.clientId);
        const accountLink = await this.accounts.findAccountLink(manager, ref.portalAccountId, ref.organizationId);
        assertInviteeCanLink({ accountId: ref.portalAccountId, clientId: ref.clientId, clientLink, accountLink });
        await this.links.open(manager, clientLink, ref);
        await this.accept(manager, invitation, principal.email);
        return this.sessions.startSession(manager, principal, command);
      });
    } catch (error) {
      throw raced(error);
    }
  }

  /**
   * notifications asks for the link's secret as it sends the email: a new secret replaces the
   * stored hash, so only the latest email's link works. Nothing once the invitation is over.
   */
  async mint(invitationId: string): Promise<MintedLinkToken> {
    return this.access.transaction(async (manager) => {
      const invitation = await this.access.lockInvitation(manager, invitationId);
      if (!invitation || invitationStatus(invitation, new Date()) !== 'pending') return { token: null };
      const token = randomToken();
      await this.access.replaceTokenHash(manager, invitation.id, sha256(token));
      return { token };
    });
  }

  /** The pending invitation a link's secret belongs to; 404 otherwise, saying whether it expired. */
  private async pending(manager: EntityManager, token: string): Promise<PortalInvitationEntity> {
    const invitation = await this.access.findInvitationByHash(manager, sha256(token));
    assertPending(invitation);
    return invitation;
  }

  /**
   * Locks the client's portal access, then the invitation row, and checks it again: of two
   * acceptances of one link, the second waits here and then finds it accepted.
   */
  private async claim(manager: EntityManager, token: string): Promise<PortalInvitationEntity> {
    const found = await this.pending(manager, token);
    await this.access.lockClient(manager, found.organizationId, found.clientId);
    const invitation = await this.access.lockInvitation(manager, found.id);
    assertPending(invitation);
    return invitation;
  }

  private async accept(manager: EntityManager, invitation: PortalInvitationEntity, email: string): Promise<void> {
    const at = new Date();
    await this.access.markAccepted(manager, invitation.id, at);
    await this.access.addHistory(manager, {
      organizationId: invitation.organizationId,
      clientId: invitation.clientId,
      kind: 'invitation-accepted',
      email,
      byName: null,
      invitationId: invitation.id,
      at,
    });
  }
}

/** The answers of password links: an invitation page behaves like one. */
function assertPending(invitation: PortalInvitationEntity | null): asserts invitation is PortalInvitationEntity {
  const status = invitation ? invitationStatus(invitation, new Date()) : null;
  if (status === 'expired') throw linkExpired();
  if (status !== 'pending') throw linkNoLongerValid();
}

/** A link created for the same client or account by a concurrent acceptance: 409, not 500. */
function raced(error: unknown): unknown {
  if (isUniqueViolation(error, 'portal_links_client_key') || isUniqueViolation(error, 'portal_links_account_organization_key')) {
    return new AppError(ERROR_CODES.CONFLICT, RACED);
  }
  return error;
}
