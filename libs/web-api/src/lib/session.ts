import type { SessionResponse } from '@tailwise/contracts';
import { isApiError } from './api-error';

export interface SessionEndpoints<TMe> {
  refresh(): Promise<SessionResponse | null>;
  me(signal?: AbortSignal): Promise<TMe>;
}

/**
 * What an app does on load: trade the refresh cookie for an access token, then ask who is
 * signed in. `null` means signed out; other failures (server unreachable) reject.
 */
export async function restoreSession<TMe>(api: SessionEndpoints<TMe>, signal?: AbortSignal): Promise<TMe | null> {
  const session = await api.refresh();
  if (!session) return null;
  try {
    return await api.me(signal);
  } catch (error) {
    if (isApiError(error) && error.code === 'UNAUTHENTICATED') return null;
    throw error;
  }
}
