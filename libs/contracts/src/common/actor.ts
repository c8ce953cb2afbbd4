import { z } from 'zod';

/**
 * Who is calling. The gateway derives it from a verified token and sends it with every
 * request; services scope every query by it and never trust ids in the body for tenancy.
 */
export const staffActorSchema = z.strictObject({
  kind: z.literal('staff'),
  userId: z.uuid(),
  organizationId: z.uuid(),
  permissions: z.array(z.string()),
  /** The staff member's name, for activity history ("who changed what"). */
  name: z.string().max(250).optional(),
});
export const portalActorSchema = z.strictObject({
  kind: z.literal('portal'),
  portalUserId: z.uuid(),
  portalAccountId: z.uuid(),
  permissions: z.array(z.string()),
  name: z.string().max(250).optional(),
  /**
   * The organization the request is about, set by the gateway only after checking the
   * account's link to it is active: services scope portal reads by this client record.
   */
  link: z.strictObject({ organizationId: z.uuid(), clientId: z.uuid() }).optional(),
});
export const anonymousActorSchema = z.strictObject({ kind: z.literal('anonymous'), ip: z.string().optional() });
export const actorSchema = z.discriminatedUnion('kind', [staffActorSchema, portalActorSchema, anonymousActorSchema]);

export type StaffActor = z.infer<typeof staffActorSchema>;
export type PortalActor = z.infer<typeof portalActorSchema>;
export type AnonymousActor = z.infer<typeof anonymousActorSchema>;
export type Actor = z.infer<typeof actorSchema>;

/** The envelope of every request-reply call: the caller and the command or query. */
export interface RpcRequest<T> {
  actor: Actor;
  data: T;
}
