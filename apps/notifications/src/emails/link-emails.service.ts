import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import {
  IDENTITY_EVENTS,
  type EventEnvelope,
  type PasswordResetRequested,
  type PortalInvitationSent,
  type PortalUserInvited,
  type StaffUserInvited,
} from '@tailwise/contracts';
import { MessagingRuntime } from '@tailwise/messaging';
import type { EntityManager } from 'typeorm';
import type { NotificationsConfig } from '../config';
import { NOTIFICATIONS_CONFIG } from '../notifications.tokens';
import type { RenderedEmail } from './email-layout';
import { EmailsService } from './emails.service';
import { LinkTokens } from './link-tokens';
import { PASSWORD_RESET_KIND, renderPasswordResetEmail } from './password-reset-email';
import { PORTAL_CLAIM_KIND, renderPortalClaimEmail } from './portal-claim-email';
import { PORTAL_INVITE_KIND, renderPortalInviteEmail } from './portal-invite-email';
import { PORTAL_USER_INVITE_KIND, renderPortalUserInviteEmail } from './portal-user-invite-email';
import { STAFF_INVITE_KIND, renderStaffInviteEmail } from './staff-invite-email';

export const STAFF_INVITE_CONSUMER = 'notifications.staff-invite';
export const PASSWORD_RESET_CONSUMER = 'notifications.password-reset';
export const PORTAL_USER_INVITE_CONSUMER = 'notifications.portal-user-invite';
export const PORTAL_INVITATION_CONSUMER = 'notifications.portal-invitation';

interface LinkEmail {
  kind: string;
  to: string;
  organizationId: string | null;
  mint(): Promise<string | null>;
  render(token: string): RenderedEmail;
}

/** Emails that carry a one-time link from identity: invitations, claims and password resets. */
@Injectable()
export class LinkEmailsService implements OnModuleInit {
  private readonly logger = new Logger(LinkEmailsService.name);

  constructor(
    private readonly emails: EmailsService,
    private readonly tokens: LinkTokens,
    private readonly messaging: MessagingRuntime,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: Pick<NotificationsConfig, 'PUBLIC_URL'>,
  ) {}

  onModuleInit(): void {
    this.messaging.consumers.register({
      consumer: STAFF_INVITE_CONSUMER,
      event: IDENTITY_EVENTS.staffUserInvited,
      handle: (event, manager) => this.sendStaffInvite(event, manager),
    });
    this.messaging.consumers.register({
      consumer: PASSWORD_RESET_CONSUMER,
      event: IDENTITY_EVENTS.passwordResetRequested,
      handle: (event, manager) => this.sendPasswordReset(event, manager),
    });
    this.messaging.consumers.register({
      consumer: PORTAL_USER_INVITE_CONSUMER,
      event: IDENTITY_EVENTS.portalUserInvited,
      handle: (event, manager) => this.sendPortalUserInvite(event, manager),
    });
    this.messaging.consumers.register({
      consumer: PORTAL_INVITATION_CONSUMER,
      event: IDENTITY_EVENTS.portalInvitationSent,
      handle: (event, manager) => this.sendPortalInvitation(event, manager),
    });
  }

  sendStaffInvite(event: EventEnvelope<StaffUserInvited>, manager: EntityManager): Promise<void> {
    const invited = event.data;
    return this.sendWithLink(manager, event.id, {
      kind: STAFF_INVITE_KIND,
      to: invited.email,
      organizationId: invited.organizationId,
      mint: () => this.tokens.passwordToken(invited.tokenId),
      render: (token) => renderStaffInviteEmail(invited, this.config.PUBLIC_URL, token),
    });
  }

  sendPasswordReset(event: EventEnvelope<PasswordResetRequested>, manager: EntityManager): Promise<void> {
    const requested = event.data;
    return this.sendWithLink(manager, event.id, {
      kind: PASSWORD_RESET_KIND,
      to: requested.email,
      organizationId: requested.organizationId,
      mint: () => this.tokens.passwordToken(requested.tokenId),
      render: (token) => renderPasswordResetEmail(requested, this.config.PUBLIC_URL, token),
    });
  }

  sendPortalUserInvite(event: EventEnvelope<PortalUserInvited>, manager: EntityManager): Promise<void> {
    const invited = event.data;
    return this.sendWithLink(manager, event.id, {
      kind: PORTAL_USER_INVITE_KIND,
      to: invited.email,
      // A portal account is no organization's tenant: no staff member lists this email.
      organizationId: null,
      mint: () => this.tokens.passwordToken(invited.tokenId),
      render: (token) => renderPortalUserInviteEmail(invited, this.config.PUBLIC_URL, token),
    });
  }

  sendPortalInvitation(event: EventEnvelope<PortalInvitationSent>, manager: EntityManager): Promise<void> {
    const sent = event.data;
    const claim = sent.kind === 'claim';
    return this.sendWithLink(manager, event.id, {
      kind: claim ? PORTAL_CLAIM_KIND : PORTAL_INVITE_KIND,
      to: sent.email,
      organizationId: sent.organizationId,
      mint: () => this.tokens.portalInvitation(sent.invitationId),
      render: (token) => (claim ? renderPortalClaimEmail : renderPortalInviteEmail)(sent, this.config.PUBLIC_URL, token),
    });
  }

  /**
   * Runs in the consumer's transaction. Minting replaces the link's secret, so an email
   * already sent for this event stops everything before the mint (or its link would stop
   * working). A link that is no longer pending sends and records nothing; the event still
   * counts as handled. A failed mint or SMTP send throws, and the event comes again later.
   * The secret and the link go only into the email, never into the sent-mail log or a log line.
   */
  private async sendWithLink(manager: EntityManager, eventId: string, email: LinkEmail): Promise<void> {
    if (await this.emails.wasSent(manager, email.kind, eventId)) {
      this.logger.log({ msg: 'email already sent for this event; not sending again', kind: email.kind, eventId });
      return;
    }
    const token = await email.mint();
    if (token === null) {
      this.logger.log({ msg: 'link no longer pending (used, superseded or expired); email not sent', kind: email.kind, eventId });
      return;
    }
    await this.emails.send(manager, {
      kind: email.kind,
      to: email.to,
      organizationId: email.organizationId,
      eventId,
      ...email.render(token),
    });
  }
}
