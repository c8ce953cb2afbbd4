import type { APIRequestContext, APIResponse } from '@playwright/test';
import { setCookies, type SetCookie } from './http';

/** The staff refresh cookie and the only path it is sent to. */
export const HQ_REFRESH_COOKIE = 'tw_hq_refresh';
export const HQ_AUTH_PATH = '/api/hq/auth';

// Every call names its cookie header explicitly (empty for none), so the request fixture's
// cookie jar never adds a cookie the test did not mean to send.
const withCookie = (refreshToken: string | undefined) => ({
  cookie: refreshToken === undefined ? '' : `${HQ_REFRESH_COOKIE}=${refreshToken}`,
});

export function hqSignIn(request: APIRequestContext, email: string, password: string): Promise<APIResponse> {
  return request.post('/api/hq/auth/sign-in', { data: { email, password }, headers: withCookie(undefined) });
}

export function hqRefresh(request: APIRequestContext, refreshToken?: string): Promise<APIResponse> {
  return request.post('/api/hq/auth/refresh', { headers: withCookie(refreshToken) });
}

export function hqSignOut(request: APIRequestContext, refreshToken?: string): Promise<APIResponse> {
  return request.post('/api/hq/auth/sign-out', { headers: withCookie(refreshToken) });
}

/** The refresh cookie a response sets, if any. */
export function refreshCookieOf(res: APIResponse, name = HQ_REFRESH_COOKIE): SetCookie | undefined {
  return setCookies(res).find((c) => c.name === name);
}

/** The refresh token a response sets; throws when it sets none. */
export function refreshTokenOf(res: APIResponse): string {
  const cookie = refreshCookieOf(res);
  if (!cookie?.value) throw new Error(`${res.url()} set no ${HQ_REFRESH_COOKIE} cookie`);
  return cookie.value;
}
