import { Injectable, UseGuards, applyDecorators, createParamDecorator, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ApiNotFoundResponse, ApiParam } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, parseOrThrow, type PortalActor } from '@tailwise/contracts';
import type { RequestWithActor } from '../auth/auth.decorators';
import { PortalLinks } from './portal-links';

export type LinkedPortalActor = PortalActor & Required<Pick<PortalActor, 'link'>>;

const organizationParamSchema = z.object({ organizationId: z.uuid() });

/**
 * Org-scoped portal routes (`/api/portal/organizations/:organizationId/...`): the signed-in
 * account must have an ACTIVE link with that organization, or the answer is 404 (the same as
 * for an organization that does not exist). The link rides on the actor, so services scope
 * their reads by the linked client record, never by ids from the request.
 *
 * It does not also refuse a link the portal does not show yet (a volume client's clinic with
 * no appointments, see PortalMeController): that is about what the portal lists, not about
 * access. The link is active, so its data is the account's to read, and checking it here would
 * cost a scheduling call on every request and fail the clinic's other pages while scheduling
 * is down.
 */
@Injectable()
export class PortalLinkGuard implements CanActivate {
  constructor(private readonly links: PortalLinks) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest & RequestWithActor>();
    const actor = request.actor;
    if (actor?.kind !== 'portal') throw new Error('PortalLinkGuard used on a route without a portal guard');
    const { organizationId } = parseOrThrow(organizationParamSchema, request.params);
    const link = await this.links.find(actor, organizationId);
    if (!link) throw AppError.notFound('Organization');
    request.actor = { ...actor, link: { organizationId: link.organizationId, clientId: link.clientId } };
    return true;
  }
}

/** The route is about one organization the portal account is linked with (`:organizationId`). */
export const LinkedOrganization = () =>
  applyDecorators(
    UseGuards(PortalLinkGuard),
    ApiParam({ name: 'organizationId', schema: { type: 'string', format: 'uuid' } }),
    ApiNotFoundResponse({ description: 'The account has no active link with this organization' }),
  );

/** The portal user, with the link PortalLinkGuard checked. */
export const LinkedPortalUser = createParamDecorator((_: unknown, ctx: ExecutionContext): LinkedPortalActor => {
  const actor = ctx.switchToHttp().getRequest<RequestWithActor>().actor;
  if (actor?.kind !== 'portal' || !actor.link) throw new Error('LinkedPortalUser used on a route without @LinkedOrganization()');
  return { ...actor, link: actor.link };
});
