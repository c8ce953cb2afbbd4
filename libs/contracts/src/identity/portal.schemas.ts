import { z } from 'zod';
import { emailSchema, nameSchema, passwordSchema } from '../common/common.schemas';
import { ALL_PORTAL_PERMISSIONS } from '../common/permissions';
import { linkTokenSchema } from './passwords.schemas';

const clinicSchema = z.object({ id: z.uuid(), name: z.string(), timeZone: z.string() });

// ---------------------------------------------------------------------------------------
// HQ: a client profile's VCP tab

/**
 * none: never invited or access deleted; invited: an invitation is pending; active: linked to
 * a portal account; closed: Close Access was used (the link stays, refused until reopened).
 */
export const PORTAL_ACCESS_STATUSES = ['none', 'invited', 'active', 'closed'] as const;
export type PortalAccessStatus = (typeof PORTAL_ACCESS_STATUSES)[number];

export const PORTAL_ACCESS_EVENT_KINDS = [
  'invitation-sent',
  'claim-sent',
  'invitation-accepted',
  'account-linked',
  'access-closed',
  'access-deleted',
] as const;
export type PortalAccessEventKind = (typeof PORTAL_ACCESS_EVENT_KINDS)[number];

export const INVITATION_STATUSES = ['pending', 'accepted', 'expired', 'superseded'] as const;

/** One line of the VCP tab's History, newest first. */
export const portalAccessHistoryEntrySchema = z.object({
  id: z.uuid(),
  kind: z.enum(PORTAL_ACCESS_EVENT_KINDS),
  at: z.iso.datetime(),
  /** The email invited or linked, when the entry concerns one. */
  email: z.string().nullable(),
  /** The staff member who did it; null when it happened on its own (a claim email, an acceptance). */
  by: z.string().nullable(),
  /** For invitation-sent and claim-sent: what became of that invitation. */
  invitationStatus: z.enum(INVITATION_STATUSES).nullable(),
});
export type PortalAccessHistoryEntry = z.infer<typeof portalAccessHistoryEntrySchema>;

export const portalAccountSummarySchema = z.object({ id: z.uuid(), name: z.string() });

export const portalAccessSchema = z.object({
  clientId: z.uuid(),
  status: z.enum(PORTAL_ACCESS_STATUSES),
  /** The linked portal account (active or closed link). */
  account: portalAccountSummarySchema.nullable(),
  /** The latest sign-in of any user of the linked account. */
  lastPortalLoginAt: z.iso.datetime().nullable(),
  /** True once any invitation was sent: the button reads Generate New Invite instead of Send. */
  invited: z.boolean(),
  history: z.array(portalAccessHistoryEntrySchema),
});
export type PortalAccess = z.infer<typeof portalAccessSchema>;

/** Send / Generate New Invite. */
export const portalInviteRequestSchema = z.strictObject({ email: emailSchema });
export type PortalInviteRequest = z.infer<typeof portalInviteRequestSchema>;
/** Link with Account: the email shown with the existing account, confirmed by the user. */
export const portalLinkRequestSchema = portalInviteRequestSchema;
export type PortalLinkRequest = PortalInviteRequest;

/** What identity needs of the client; the gateway reads it from clients (404 for another tenant's id). */
export const portalClientRefSchema = z.strictObject({ clientId: z.uuid(), clientName: z.string().min(1).max(250) });
export const portalInviteCommandSchema = portalClientRefSchema.extend({ email: emailSchema });
export type PortalInviteCommand = z.infer<typeof portalInviteCommandSchema>;
export const portalLinkCommandSchema = portalInviteCommandSchema;
export type PortalLinkCommand = PortalInviteCommand;
export const portalClientCommandSchema = z.strictObject({ clientId: z.uuid() });
export type PortalClientCommand = z.infer<typeof portalClientCommandSchema>;

/** The portal user an invited email belongs to, shown before Link with Account. */
export const existingPortalAccountSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  userName: z.string(),
  userEmail: z.string(),
});
export type ExistingPortalAccount = z.infer<typeof existingPortalAccountSchema>;

export const portalInviteResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('sent'), access: portalAccessSchema }),
  /** Nothing was sent: the email already has a portal login; HQ offers Link with Account. */
  z.object({ outcome: z.literal('existing-account'), account: existingPortalAccountSchema, access: portalAccessSchema }),
]);
export type PortalInviteResult = z.infer<typeof portalInviteResultSchema>;

// ---------------------------------------------------------------------------------------
// Portal: accepting an invitation or claim

export const portalInvitationRequestSchema = z.strictObject({ token: linkTokenSchema });
export type PortalInvitationRequest = z.infer<typeof portalInvitationRequestSchema>;

export const portalInvitationInfoSchema = z.object({
  kind: z.enum(['invite', 'claim']),
  email: z.string(),
  organizationName: z.string(),
  clientName: z.string(),
  /** The email already has a portal login: the page leads with signing in to link it. */
  existingAccount: z.boolean(),
  /** A claim knows the client's name; an invitation does not. */
  suggestedName: z.string().nullable(),
  expiresAt: z.iso.datetime(),
});
export type PortalInvitationInfo = z.infer<typeof portalInvitationInfoSchema>;

/** New Account: the invited email becomes the username. */
export const portalNewAccountRequestSchema = z.strictObject({
  token: linkTokenSchema,
  name: nameSchema,
  password: passwordSchema,
});
export type PortalNewAccountRequest = z.infer<typeof portalNewAccountRequestSchema>;

/** Signing in to an existing account from an invitation links that account. */
export const portalInvitationSignInRequestSchema = z.strictObject({
  token: linkTokenSchema,
  email: emailSchema,
  password: z.string().min(1, { error: 'Required' }).max(200),
});
export type PortalInvitationSignInRequest = z.infer<typeof portalInvitationSignInRequestSchema>;

const origin = { ip: z.string(), userAgent: z.string().max(512).optional() };
export const portalNewAccountCommandSchema = portalNewAccountRequestSchema.extend(origin);
export type PortalNewAccountCommand = z.infer<typeof portalNewAccountCommandSchema>;
export const portalInvitationSignInCommandSchema = portalInvitationSignInRequestSchema.extend(origin);
export type PortalInvitationSignInCommand = z.infer<typeof portalInvitationSignInCommandSchema>;

// ---------------------------------------------------------------------------------------
// Portal: the signed-in user, the account's clinics and users

/** One organization the account has an active link with, and its clinics (the clinic switcher). */
export const portalLinkViewSchema = z.object({
  organizationId: z.uuid(),
  organizationName: z.string(),
  clientId: z.uuid(),
  clinics: z.array(clinicSchema),
});
export type PortalLinkView = z.infer<typeof portalLinkViewSchema>;

export const portalMeResponseSchema = z.object({
  user: z.object({ id: z.uuid(), email: z.string(), name: z.string() }),
  account: portalAccountSummarySchema,
  permissions: z.array(z.string()),
  links: z.array(portalLinkViewSchema),
});
export type PortalMeResponse = z.infer<typeof portalMeResponseSchema>;

const portalPermissionsSchema = z
  .array(z.enum(ALL_PORTAL_PERMISSIONS as [string, ...string[]], { error: 'Unknown permission' }))
  .max(ALL_PORTAL_PERMISSIONS.length)
  .refine((list) => new Set(list).size === list.length, { error: 'Each permission only once' });

/** A user of the signed-in portal account (Users page, for those who manage users). */
export const portalUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  permissions: z.array(z.string()),
  /** invited: has not set a password yet. */
  status: z.enum(['invited', 'active']),
  lastLoginAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type PortalUser = z.infer<typeof portalUserSchema>;

/** Adds a user to the account: they get an email to set a password (72 h, single use). */
export const portalUserAddRequestSchema = z.strictObject({
  name: nameSchema,
  email: emailSchema,
  permissions: portalPermissionsSchema,
});
export type PortalUserAddRequest = z.infer<typeof portalUserAddRequestSchema>;

export const portalUserUpdateRequestSchema = z.strictObject({ name: nameSchema, permissions: portalPermissionsSchema });
export type PortalUserUpdateRequest = z.infer<typeof portalUserUpdateRequestSchema>;

export const portalUserIdCommandSchema = z.strictObject({ portalUserId: z.uuid() });
export type PortalUserIdCommand = z.infer<typeof portalUserIdCommandSchema>;
export const portalUserUpdateCommandSchema = portalUserUpdateRequestSchema.extend({ portalUserId: z.uuid() });
export type PortalUserUpdateCommand = z.infer<typeof portalUserUpdateCommandSchema>;

// ---------------------------------------------------------------------------------------
// Gateway: the active links it checks on every portal request for an organization's data

export const activePortalLinksCommandSchema = z.strictObject({ portalAccountId: z.uuid() });
export const activePortalLinksSchema = z.object({
  links: z.array(z.object({ organizationId: z.uuid(), clientId: z.uuid() })),
});
export type ActivePortalLinks = z.infer<typeof activePortalLinksSchema>;
