import type { SessionResponse } from '@tailwise/contracts';
import { expect } from 'vitest';
import type { ApiClient, FetchLike } from '../api-client';
import { createHqApiClient } from '../hq-api';

/** The clock of every fake API: the session it signs in with is fresh at this instant. */
export const NOW = Date.parse('2030-01-01T12:00:00.000Z');

/** A JSON answer, as the gateway sends it. */
export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** One request as the fake `fetch` saw it, its JSON body parsed. */
export interface FakeCall {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A `fetch` that records each call and answers with `answer`. */
export function fakeFetch(answer: (call: FakeCall) => Response) {
  const calls: FakeCall[] = [];
  const fetch: FetchLike = async (url, init) => {
    const call: FakeCall = {
      url,
      method: init.method ?? 'GET',
      headers: { ...(init.headers as Record<string, string>) },
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    return answer(call);
  };
  return { fetch, calls };
}

/** An HQ API (e.g. `clientsApi`) signed in with access token `t1`, on a fake `fetch`. */
export function fakeHqApi<TApi>(makeApi: (client: ApiClient) => TApi, answer: (call: FakeCall) => Response) {
  const { fetch, calls } = fakeFetch(answer);
  const client = createHqApiClient({ fetch, locks: null, now: () => NOW });
  const session: SessionResponse = { accessToken: 't1', accessTokenExpiresAt: new Date(NOW + 15 * 60_000).toISOString() };
  client.setSession(session);
  return { api: makeApi(client), calls };
}

/** The only request made: its method, path and JSON body (`Content-Type` set only with one), signed in as `t1`. */
export function expectOneRequest(calls: readonly FakeCall[], { method, url, body }: { method: string; url: string; body: unknown }): void {
  expect(calls).toHaveLength(1);
  expect(calls[0]).toMatchObject({ method, url, body });
  expect(calls[0].headers['Authorization']).toBe('Bearer t1');
  expect(calls[0].headers['Content-Type']).toBe(body === undefined ? undefined : 'application/json');
}
