import { z } from 'zod';
import { emailSchema, passwordSchema } from '../common/common.schemas';

export const AUDIENCES = ['hq', 'portal'] as const;
export const audienceSchema = z.enum(AUDIENCES);
export type AudienceName = z.infer<typeof audienceSchema>;

/** A secret from an emailed link (invitation, claim, reset): 128+ random bits, base64url. */
export const linkTokenSchema = z.string().min(16, { error: 'This link is not valid' }).max(200, { error: 'This link is not valid' });

/** Need help logging in? / Forgot password: always answered 202, whether the email is known or not. */
export const forgotPasswordRequestSchema = z.strictObject({ email: emailSchema });
export type ForgotPasswordRequest = z.infer<typeof forgotPasswordRequestSchema>;
export const forgotPasswordCommandSchema = forgotPasswordRequestSchema.extend({ audience: audienceSchema, ip: z.string() });
export type ForgotPasswordCommand = z.infer<typeof forgotPasswordCommandSchema>;

/** Asks what an emailed set-password link is for, before showing its form. */
export const passwordTokenRequestSchema = z.strictObject({ token: linkTokenSchema });
export type PasswordTokenRequest = z.infer<typeof passwordTokenRequestSchema>;
export const passwordTokenCommandSchema = passwordTokenRequestSchema.extend({ audience: audienceSchema });
export type PasswordTokenCommand = z.infer<typeof passwordTokenCommandSchema>;

/** invite: a new staff or portal user sets a first password (72 h); reset: Need help logging in? (1 h). */
export const PASSWORD_TOKEN_PURPOSES = ['invite', 'reset'] as const;
export type PasswordTokenPurpose = (typeof PASSWORD_TOKEN_PURPOSES)[number];

export const passwordTokenInfoSchema = z.object({
  purpose: z.enum(PASSWORD_TOKEN_PURPOSES),
  email: z.string(),
  name: z.string(),
  /** Staff: the organization; portal: the portal account. */
  tenantName: z.string(),
  expiresAt: z.iso.datetime(),
});
export type PasswordTokenInfo = z.infer<typeof passwordTokenInfoSchema>;

/** Sets the password from an emailed link, ends every other session of the user, and signs in. */
export const setPasswordRequestSchema = z.strictObject({ token: linkTokenSchema, password: passwordSchema });
export type SetPasswordRequest = z.infer<typeof setPasswordRequestSchema>;
export const setPasswordCommandSchema = setPasswordRequestSchema.extend({
  audience: audienceSchema,
  ip: z.string(),
  userAgent: z.string().max(512).optional(),
});
export type SetPasswordCommand = z.infer<typeof setPasswordCommandSchema>;

/** notifications asks identity for the secret of a link only when it sends the email. */
export const mintLinkTokenCommandSchema = z.strictObject({ id: z.uuid() });
export type MintLinkTokenCommand = z.infer<typeof mintLinkTokenCommandSchema>;
/** `null`: the link was superseded, used or expired before its email went out; send nothing. */
export const mintedLinkTokenSchema = z.object({ token: z.string().nullable() });
export type MintedLinkToken = z.infer<typeof mintedLinkTokenSchema>;
