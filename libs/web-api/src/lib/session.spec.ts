import type { MeResponse, SessionResponse } from '@tailwise/contracts';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { restoreSession } from './session';

const session: SessionResponse = { accessToken: 't', accessTokenExpiresAt: '2030-01-01T12:15:00.000Z' };
const me = { user: { firstName: 'Ada' } } as MeResponse;

describe('restoreSession', () => {
  it('returns who is signed in when the cookie still holds a session', async () => {
    const api = { refresh: vi.fn().mockResolvedValue(session), me: vi.fn().mockResolvedValue(me) };
    await expect(restoreSession(api)).resolves.toBe(me);
  });

  it('returns null without asking who when there is no session', async () => {
    const api = { refresh: vi.fn().mockResolvedValue(null), me: vi.fn() };
    await expect(restoreSession(api)).resolves.toBeNull();
    expect(api.me).not.toHaveBeenCalled();
  });

  it('returns null when the fresh token is refused', async () => {
    const api = {
      refresh: vi.fn().mockResolvedValue(session),
      me: vi.fn().mockRejectedValue(new ApiError({ status: 401, code: 'UNAUTHENTICATED' })),
    };
    await expect(restoreSession(api)).resolves.toBeNull();
  });

  it('rejects when the server cannot be reached, so the app can offer to retry', async () => {
    const api = { refresh: vi.fn().mockRejectedValue(ApiError.network(new TypeError('Failed to fetch'))), me: vi.fn() };
    await expect(restoreSession(api)).rejects.toMatchObject({ code: 'NETWORK' });
  });
});
