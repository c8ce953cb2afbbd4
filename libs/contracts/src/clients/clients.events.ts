import { z } from 'zod';
import { defineEvent } from '../common/events';
import { ANIMAL_SEXES, CLIENT_KINDS, SPECIES } from './clients.schemas';

const clientRef = {
  clientId: z.uuid(),
  organizationId: z.uuid(),
};

/** What other services keep of a client: scheduling (bookable?), chat (names, contacts), identity (login). */
export const clientSnapshotSchema = z.object({
  ...clientRef,
  kind: z.enum(CLIENT_KINDS),
  displayName: z.string(),
  email: z.string().nullable(),
  primaryPhone: z.string().nullable(),
  emergencyContactPhone: z.string().nullable(),
  status: z.enum(['active', 'disabled']),
});
export type ClientSnapshot = z.infer<typeof clientSnapshotSchema>;

export const clientStatusChangedSchema = z.object({ ...clientRef, at: z.iso.datetime() });
export const clientDeletedSchema = z.object({ ...clientRef });

/** "Allow login?" was set on an individual client: identity sends the claim email. */
export const clientLoginAllowedSchema = z.object({
  ...clientRef,
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
});

export const animalSnapshotSchema = z.object({
  ...clientRef,
  animalId: z.uuid(),
  name: z.string(),
  species: z.enum(SPECIES),
  // Defaults: events published before scheduling needed these carried none.
  sex: z.enum(ANIMAL_SEXES).default('unknown'),
  weightKg: z.number().nullable().default(null),
  arrivingInTrap: z.boolean().default(false),
  status: z.enum(['active', 'deceased']),
});
export type AnimalSnapshot = z.infer<typeof animalSnapshotSchema>;

// Event subjects live on the EVENTS stream. Changing one needs a migration plan: durable
// consumers filter on these strings.
export const CLIENTS_EVENTS = {
  clientCreated: defineEvent('events.clients.client.created', 1, clientSnapshotSchema),
  clientUpdated: defineEvent('events.clients.client.updated', 1, clientSnapshotSchema),
  clientDisabled: defineEvent('events.clients.client.disabled', 1, clientStatusChangedSchema),
  clientEnabled: defineEvent('events.clients.client.enabled', 1, clientStatusChangedSchema),
  clientDeleted: defineEvent('events.clients.client.deleted', 1, clientDeletedSchema),
  clientLoginAllowed: defineEvent('events.clients.client.login-allowed', 1, clientLoginAllowedSchema),
  animalCreated: defineEvent('events.clients.animal.created', 1, animalSnapshotSchema),
  animalUpdated: defineEvent('events.clients.animal.updated', 1, animalSnapshotSchema),
} as const;
