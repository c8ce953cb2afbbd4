import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor, PortalActor, StaffActor } from '@tailwise/contracts';

export const PUBLIC_ROUTE = 'tailwise:public';
export const REQUIRED_PERMISSION = 'tailwise:permission';

/** The route needs no access token (sign-in, sign-up, refresh). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The caller's token must carry this permission, or the answer is 403. */
export const RequirePermission = (permission: string) => SetMetadata(REQUIRED_PERMISSION, permission);

export interface RequestWithActor {
  actor?: Actor;
}

export const CurrentStaff = createParamDecorator((_: unknown, ctx: ExecutionContext): StaffActor => {
  const actor = ctx.switchToHttp().getRequest<RequestWithActor>().actor;
  if (actor?.kind !== 'staff') throw new Error('CurrentStaff used on a route without a staff guard');
  return actor;
});

export const CurrentPortalUser = createParamDecorator((_: unknown, ctx: ExecutionContext): PortalActor => {
  const actor = ctx.switchToHttp().getRequest<RequestWithActor>().actor;
  if (actor?.kind !== 'portal') throw new Error('CurrentPortalUser used on a route without a portal guard');
  return actor;
});
