import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Audience } from '@tailwise/auth';
import type { Session, SessionResponse } from '@tailwise/contracts';

const COOKIE = { hq: 'tw_hq_refresh', portal: 'tw_portal_refresh' } as const;
const PATH = { hq: '/api/hq/auth', portal: '/api/portal/auth' } as const;

/**
 * The refresh token lives only in an httpOnly, SameSite=Strict cookie scoped to the auth
 * routes: page scripts cannot read it and other sites cannot make the browser send it.
 */
export class SessionCookies {
  constructor(private readonly secure: boolean) {}

  /** Sets the cookie and returns what the browser may see: the access token. */
  issue(reply: FastifyReply, audience: Audience, session: Session): SessionResponse {
    void reply.setCookie(COOKIE[audience], session.refreshToken, {
      path: PATH[audience],
      httpOnly: true,
      sameSite: 'strict',
      secure: this.secure,
      expires: new Date(session.refreshTokenExpiresAt),
    });
    return { accessToken: session.accessToken, accessTokenExpiresAt: session.accessTokenExpiresAt };
  }

  read(request: FastifyRequest, audience: Audience): string | undefined {
    return request.cookies[COOKIE[audience]];
  }

  clear(reply: FastifyReply, audience: Audience): void {
    void reply.clearCookie(COOKIE[audience], { path: PATH[audience], httpOnly: true, sameSite: 'strict', secure: this.secure });
  }
}
