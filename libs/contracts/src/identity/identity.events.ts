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

// Event subjects live on the EVENTS stream. Changing one needs a migration plan: durable
// consumers filter on these strings.
export const IDENTITY_EVENTS = {
  organizationSignedUp: defineEvent('events.identity.organization.signed-up', 1, organizationSignedUpSchema),
} as const;
