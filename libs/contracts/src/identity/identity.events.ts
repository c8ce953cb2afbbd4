import { z } from 'zod';
import { defineEvent } from '../common/events';

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

// Event subjects live on the EVENTS stream. Changing one needs a migration plan: durable
// consumers filter on these strings.
export const IDENTITY_EVENTS = {
  organizationSignedUp: defineEvent('events.identity.organization.signed-up', 1, organizationSignedUpSchema),
  sessionRevoked: defineEvent('events.identity.session.revoked', 1, sessionRevokedSchema),
} as const;
