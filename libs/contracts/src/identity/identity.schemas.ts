import { z } from 'zod';
import { emailSchema, nameSchema, passwordSchema } from '../common/common.schemas';

export const timeZoneSchema = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { error: 'Unknown time zone' },
);

export const signUpRequestSchema = z.strictObject({
  organizationName: nameSchema,
  clinicName: nameSchema,
  timeZone: timeZoneSchema.default('America/New_York'),
  firstName: nameSchema,
  lastName: nameSchema,
  email: emailSchema,
  password: passwordSchema,
});
export type SignUpRequest = z.infer<typeof signUpRequestSchema>;

export const signInRequestSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, { error: 'Required' }).max(200),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

/** What identity needs besides the body to sign in: who asks, from where. */
export const signInCommandSchema = signInRequestSchema.extend({ ip: z.string(), userAgent: z.string().max(512).optional() });
export type SignInCommand = z.infer<typeof signInCommandSchema>;

export const signUpCommandSchema = signUpRequestSchema.extend({ ip: z.string(), userAgent: z.string().max(512).optional() });
export type SignUpCommand = z.infer<typeof signUpCommandSchema>;

/** The audience is the cookie's: a portal cookie never refreshes a staff session, or the reverse. */
export const refreshCommandSchema = z.strictObject({ refreshToken: z.string().min(1).max(512), audience: z.enum(['hq', 'portal']) });
export type RefreshCommand = z.infer<typeof refreshCommandSchema>;

export const signOutCommandSchema = refreshCommandSchema;
export type SignOutCommand = RefreshCommand;

/** A session as identity hands it to the gateway; the refresh token goes into a cookie. */
export const sessionSchema = z.object({
  accessToken: z.string(),
  accessTokenExpiresAt: z.iso.datetime(),
  refreshToken: z.string(),
  refreshTokenExpiresAt: z.iso.datetime(),
});
export type Session = z.infer<typeof sessionSchema>;

/** What the browser gets back from sign-in, sign-up and refresh (no refresh token: cookie). */
export const sessionResponseSchema = sessionSchema.omit({ refreshToken: true, refreshTokenExpiresAt: true });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const clinicSummarySchema = z.object({ id: z.uuid(), name: z.string(), timeZone: z.string() });
export type ClinicSummary = z.infer<typeof clinicSummarySchema>;

export const meResponseSchema = z.object({
  user: z.object({ id: z.uuid(), email: z.string(), firstName: z.string(), lastName: z.string() }),
  organization: z.object({ id: z.uuid(), name: z.string() }),
  clinics: z.array(clinicSummarySchema),
  role: z.string(),
  permissions: z.array(z.string()),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

/** Which session a sign-out ended, so the gateway can refuse its tokens at once. */
export const signOutResultSchema = z.object({ sessionId: z.uuid().nullable() });
export type SignOutResult = z.infer<typeof signOutResultSchema>;

export const jwksSchema = z.object({ keys: z.array(z.record(z.string(), z.unknown())) });
export type Jwks = z.infer<typeof jwksSchema>;
