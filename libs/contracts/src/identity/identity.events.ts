import { z } from 'zod';
import { defineEvent } from '../common/events';
import { timeZoneSchema } from './identity.schemas';

export const organizationSignedUpSchema = z.object({
  organizationId: z.uuid(),
  organizationName: z.string(),
  clinicId: z.uuid(),
  clinicName: z.string(),
  admin: z.object({ userId: z.uuid(), email: z.string(), firstName: z.string(), lastName: z.string() }),
});
export type OrganizationSignedUp = z.infer<typeof organizationSignedUpSchema>;

/** A session ended early: its access tokens must stop working before they expire. */
export const sessionRevokedSchema = z.object({
  sessionId: z.uuid(),
  userId: z.uuid(),
  audience: z.enum(['hq', 'portal']),
  reason: z.string(),
  revokedAt: z.iso.datetime(),
});
export type SessionRevoked = z.infer<typeof sessionRevokedSchema>;

const audience = z.enum(['hq', 'portal']);

/**
 * A clinic exists: scheduling keeps its own list of clinics (organization, time zone) from
 * this. Enqueued at sign-up, and once per clinic that existed before the event did.
 */
export const clinicCreatedSchema = z.object({
  clinicId: z.uuid(),
  organizationId: z.uuid(),
  name: z.string(),
  timeZone: timeZoneSchema,
});
export type ClinicCreated = z.infer<typeof clinicCreatedSchema>;

/** A staff member was invited: notifications emails a set-password link (72 h). */
export const staffUserInvitedSchema = z.object({
  organizationId: z.uuid(),
  organizationName: z.string(),
  userId: z.uuid(),
  email: z.string(),
  firstName: z.string(),
  invitedByName: z.string().nullable(),
  /** The password token's id: notifications mints its secret (identity.password-token.mint). */
  tokenId: z.uuid(),
  expiresAt: z.iso.datetime(),
});
export type StaffUserInvited = z.infer<typeof staffUserInvitedSchema>;

/** Forgot password / Need help logging in?: notifications emails a reset link (1 h). */
export const passwordResetRequestedSchema = z.object({
  audience,
  userId: z.uuid(),
  email: z.string(),
  name: z.string(),
  /** Staff: the organization (for the sent-mail log); portal: null. */
  organizationId: z.uuid().nullable(),
  tokenId: z.uuid(),
  expiresAt: z.iso.datetime(),
});
export type PasswordResetRequested = z.infer<typeof passwordResetRequestedSchema>;

/** A portal account's admin added a user: notifications emails a set-password link (72 h). */
export const portalUserInvitedSchema = z.object({
  portalAccountId: z.uuid(),
  accountName: z.string(),
  portalUserId: z.uuid(),
  email: z.string(),
  name: z.string(),
  invitedByName: z.string(),
  tokenId: z.uuid(),
  expiresAt: z.iso.datetime(),
});
export type PortalUserInvited = z.infer<typeof portalUserInvitedSchema>;

/** Send / Generate New Invite (kind invite) or "Allow login?" (kind claim). */
export const portalInvitationSentSchema = z.object({
  invitationId: z.uuid(),
  kind: z.enum(['invite', 'claim']),
  organizationId: z.uuid(),
  organizationName: z.string(),
  clientId: z.uuid(),
  clientName: z.string(),
  email: z.string(),
  invitedByName: z.string().nullable(),
  expiresAt: z.iso.datetime(),
});
export type PortalInvitationSent = z.infer<typeof portalInvitationSentSchema>;

/** A portal link opened (created or reopened), closed (Close Access) or deleted permanently. */
export const portalLinkChangedSchema = z.object({
  linkId: z.uuid(),
  portalAccountId: z.uuid(),
  organizationId: z.uuid(),
  clientId: z.uuid(),
  at: z.iso.datetime(),
});
export type PortalLinkChanged = z.infer<typeof portalLinkChangedSchema>;

/**
 * A user's permissions changed (new role, role edited, portal permissions set): access tokens
 * issued before `changedAt` are refused, so the browser refreshes and gets the new ones.
 */
export const userAccessChangedSchema = z.object({ audience, userId: z.uuid(), changedAt: z.iso.datetime() });
export type UserAccessChanged = z.infer<typeof userAccessChangedSchema>;

// Event subjects live on the EVENTS stream. Changing one needs a migration plan: durable
// consumers filter on these strings.
export const IDENTITY_EVENTS = {
  organizationSignedUp: defineEvent('events.identity.organization.signed-up', 1, organizationSignedUpSchema),
  clinicCreated: defineEvent('events.identity.clinic.created', 1, clinicCreatedSchema),
  sessionRevoked: defineEvent('events.identity.session.revoked', 1, sessionRevokedSchema),
  userAccessChanged: defineEvent('events.identity.user.access-changed', 1, userAccessChangedSchema),
  staffUserInvited: defineEvent('events.identity.staff-user.invited', 1, staffUserInvitedSchema),
  passwordResetRequested: defineEvent('events.identity.password-reset.requested', 1, passwordResetRequestedSchema),
  portalUserInvited: defineEvent('events.identity.portal-user.invited', 1, portalUserInvitedSchema),
  portalInvitationSent: defineEvent('events.identity.portal-invitation.sent', 1, portalInvitationSentSchema),
  portalLinkOpened: defineEvent('events.identity.portal-link.opened', 1, portalLinkChangedSchema),
  portalLinkClosed: defineEvent('events.identity.portal-link.closed', 1, portalLinkChangedSchema),
  portalLinkDeleted: defineEvent('events.identity.portal-link.deleted', 1, portalLinkChangedSchema),
} as const;
