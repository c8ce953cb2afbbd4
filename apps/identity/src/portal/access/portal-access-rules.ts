import { INVITATION_STATUSES, type PortalAccessStatus } from '@tailwise/contracts';
import type { PortalLinkEntity } from '../accounts/portal-link.entity';
import { conflictOn } from '../portal-actors';
import type { PortalInvitationEntity } from './portal-invitation.entity';

export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
type InvitationState = Pick<PortalInvitationEntity, 'acceptedAt' | 'supersededAt' | 'expiresAt'>;

/** Invitations and claims are good for 72 hours from when they were sent (not from the email). */
export const INVITATION_TTL_MS = 72 * 60 * 60 * 1000;

/** Accepted and superseded are final; a pending invitation becomes expired by the clock alone. */
export function invitationStatus(invitation: InvitationState, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.supersededAt) return 'superseded';
  if (invitation.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'pending';
}

/**
 * What the VCP tab shows. An active link wins (a new invitation can add a user to the linked
 * account); a pending invitation is shown over a closed link, since accepting it reopens it.
 */
export function accessStatus(link: Pick<PortalLinkEntity, 'status'> | null, hasPendingInvitation: boolean): PortalAccessStatus {
  if (link?.status === 'active') return 'active';
  if (hasPendingInvitation) return 'invited';
  if (link) return 'closed';
  return 'none';
}

/** Where linking one client of an organization to one portal account stands. */
export interface LinkSituation {
  accountId: string;
  clientId: string;
  /** The client's link, to whichever account. */
  clientLink: Pick<PortalLinkEntity, 'portalAccountId' | 'status'> | null;
  /** The account's link with this organization, to whichever client. */
  accountLink: Pick<PortalLinkEntity, 'clientId'> | null;
}

/**
 * Staff linking an existing portal login (Send to its email, or Link with Account): refused
 * when the client belongs to another account, the email already has this client, or the
 * account already holds another client of the organization (one client per organization).
 */
export function assertStaffCanLink(situation: LinkSituation): void {
  const { clientLink, accountLink } = situation;
  if (clientLink && clientLink.portalAccountId !== situation.accountId) {
    throw conflictOn(
      'email',
      'This client already has portal access with another account. Delete portal access permanently first, or use another email.',
    );
  }
  if (clientLink?.status === 'active') throw conflictOn('email', "This email already has access to this client's portal.");
  if (accountLink && accountLink.clientId !== situation.clientId) {
    throw conflictOn('email', "This email's portal account is already linked to another client of your organization. Use another email.");
  }
}

/** A portal user accepting an invitation by signing in: the same rules, worded for them. */
export function assertInviteeCanLink(situation: LinkSituation): void {
  const { clientLink, accountLink } = situation;
  if (clientLink && clientLink.portalAccountId !== situation.accountId) {
    throw conflictOn('email', 'This client is already linked to another portal account. Ask the clinic to send a new invitation.');
  }
  if (accountLink && accountLink.clientId !== situation.clientId) {
    throw conflictOn(
      'email',
      'Your portal account is already linked to another client of this clinic. Ask the clinic which client to use.',
    );
  }
}
