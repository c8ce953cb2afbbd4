import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { decodeProtectedHeader } from 'jose';
import { verifyAccessToken, type Audience, type VerifiedAccessToken } from '@tailwise/auth';
import { AppError, ERROR_CODES, type Actor } from '@tailwise/contracts';
import { JwksCache } from './jwks-cache';
import { RevokedSessions } from './revoked-sessions';
import { UserAccessChanges } from './user-access-changes';
import { VerifiedTokens } from './verified-tokens';
import { PUBLIC_ROUTE, REQUIRED_PERMISSION, type RequestWithActor } from './auth.decorators';

const INVALID_SESSION = 'Your session is not valid. Sign in again.';

/**
 * Every /api route is authenticated unless marked @Public. The audience comes from the
 * path: /api/hq/* takes only staff tokens, /api/portal/* only portal tokens.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly verified = new VerifiedTokens();

  constructor(
    private readonly reflector: Reflector,
    private readonly jwks: JwksCache,
    private readonly revoked: RevokedSessions,
    private readonly accessChanges: UserAccessChanges,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<FastifyRequest & RequestWithActor>();
    // Decided on the matched route, never the raw URL: `/%61pi/hq/me` routes to /api/hq/me.
    const route = request.routeOptions.url ?? '';
    // Probes and metrics scrapes come from the cluster, not from people.
    if (!route.startsWith('/api/')) return true;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) {
      request.actor = { kind: 'anonymous', ip: request.ip };
      return true;
    }
    const audience = audienceOf(route);
    const actor = await this.authenticate(request.headers.authorization, audience);
    const permission = this.reflector.getAllAndOverride<string | undefined>(REQUIRED_PERMISSION, targets);
    if (permission && !actor.permissions.includes(permission)) {
      throw new AppError(ERROR_CODES.FORBIDDEN, 'You do not have permission to do this');
    }
    request.actor = actor;
    return true;
  }

  private async authenticate(header: string | undefined, audience: Audience): Promise<Extract<Actor, { permissions: string[] }>> {
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
    if (!token) throw new AppError(ERROR_CODES.UNAUTHENTICATED, 'Sign in to continue');
    const claims = await this.verify(token, audience);
    if (this.revoked.isRevoked(claims.sid)) {
      throw new AppError(ERROR_CODES.UNAUTHENTICATED, 'Your session has ended. Sign in again.');
    }
    // The browser answers a 401 by refreshing, which brings a token with the new permissions.
    if (this.accessChanges.isOutdated(audience, claims.sub, claims.iat)) {
      throw new AppError(ERROR_CODES.UNAUTHENTICATED, 'Your access has changed. Refresh your session.');
    }
    const name = claims.name ? { name: claims.name } : {};
    return audience === 'hq'
      ? { kind: 'staff', userId: claims.sub, organizationId: claims.tenant, permissions: claims.permissions, ...name }
      : { kind: 'portal', portalUserId: claims.sub, portalAccountId: claims.tenant, permissions: claims.permissions, ...name };
  }

  private async verify(token: string, audience: Audience): Promise<VerifiedAccessToken> {
    const cached = this.verified.get(token);
    // The cache key is the whole token, so a hit has this token's audience; check anyway.
    if (cached) {
      if (cached.aud !== audience) throw new AppError(ERROR_CODES.UNAUTHENTICATED, INVALID_SESSION);
      return cached;
    }
    try {
      const { kid } = decodeProtectedHeader(token);
      const claims = await verifyAccessToken(token, await this.jwks.get(kid), audience);
      this.verified.set(token, claims);
      return claims;
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError(ERROR_CODES.UNAUTHENTICATED, INVALID_SESSION);
    }
  }
}

function audienceOf(route: string): Audience {
  return route.startsWith('/api/portal/') ? 'portal' : 'hq';
}
