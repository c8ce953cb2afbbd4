import { type SessionResponse, sessionResponseSchema } from '@tailwise/contracts';
import type { z } from 'zod';
import { ApiError } from './api-error';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** The part of the Web Locks API the client uses; lets tests and old browsers go without it. */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiClientOptions {
  /** Prefix of every path, e.g. `/api/hq`. */
  basePath: string;
  /** Path (under `basePath`) that trades the refresh cookie for a new access token. */
  refreshPath?: string;
  fetch?: FetchLike;
  /**
   * Serializes refreshes across browser tabs. Refresh tokens rotate: two tabs presenting the
   * same cookie at once would look like token reuse to the server. `null` turns it off.
   */
  locks?: LockManagerLike | null;
  lockName?: string;
  /** Refresh this long before the access token expires instead of waiting for a 401. */
  expirySkewMs?: number;
  now?: () => number;
}

export interface RequestOptions {
  method?: HttpMethod;
  /** Sent as JSON. */
  body?: unknown;
  /** Send the access token, and on 401 refresh once and retry. Off for the sign-in family. */
  auth?: boolean;
  signal?: AbortSignal;
}

export type SessionListener = (signedIn: boolean) => void;

interface TokenState {
  accessToken: string;
  expiresAt: number;
}

export class ApiClient {
  private readonly basePath: string;
  private readonly refreshPath: string;
  private readonly fetchFn: FetchLike;
  private readonly locks: LockManagerLike | null;
  private readonly lockName: string;
  private readonly expirySkewMs: number;
  private readonly now: () => number;
  private token: TokenState | null = null;
  private refreshing: Promise<SessionResponse | null> | null = null;
  private readonly listeners = new Set<SessionListener>();

  constructor(options: ApiClientOptions) {
    this.basePath = options.basePath.replace(/\/+$/, '');
    this.refreshPath = options.refreshPath ?? '/auth/refresh';
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.locks = options.locks === undefined ? defaultLocks() : options.locks;
    this.lockName = options.lockName ?? `tailwise-refresh:${this.basePath}`;
    this.expirySkewMs = options.expirySkewMs ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  get accessToken(): string | null {
    return this.token?.accessToken ?? null;
  }

  get isSignedIn(): boolean {
    return this.token !== null;
  }

  /** Stores a session from sign-in, sign-up or refresh; `null` forgets it. Only memory holds it. */
  setSession(session: SessionResponse | null): void {
    const wasSignedIn = this.token !== null;
    this.token = session
      ? { accessToken: session.accessToken, expiresAt: Date.parse(session.accessTokenExpiresAt) }
      : null;
    if (wasSignedIn !== this.isSignedIn) {
      for (const listener of this.listeners) listener(this.isSignedIn);
    }
  }

  /** Called when signed-in state flips: `false` on sign-out or when the server refuses a refresh. */
  subscribe(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Trades the refresh cookie for a new access token. Concurrent callers share one request.
   * Resolves `null` when the server says there is no valid session (401/403); rejects with an
   * `ApiError` when it could not tell (network failure, 5xx).
   */
  refresh(): Promise<SessionResponse | null> {
    if (!this.refreshing) {
      this.refreshing = this.exclusive(() => this.doRefresh()).finally(() => {
        this.refreshing = null;
      });
    }
    return this.refreshing;
  }

  /** Sends a request and parses the JSON answer with `schema`. */
  async request<S extends z.ZodType>(path: string, schema: S, options?: RequestOptions): Promise<z.output<S>> {
    const response = await this.execute(path, options ?? {});
    return parseBody(response, schema);
  }

  /** Sends a request whose answer has no body worth reading (204). */
  async send(path: string, options?: RequestOptions): Promise<void> {
    const response = await this.execute(path, options ?? {});
    await response.body?.cancel().catch(() => undefined);
  }

  private async execute(path: string, options: RequestOptions): Promise<Response> {
    const auth = options.auth ?? true;
    if (!auth) return ensureOk(await this.fetchOnce(path, options, null));

    let refreshed = false;
    if (this.token && this.token.expiresAt - this.expirySkewMs <= this.now()) {
      await this.refresh();
      refreshed = true;
    }
    const usedToken = this.accessToken;
    const response = await this.fetchOnce(path, options, usedToken);
    if (response.status !== 401) return ensureOk(response);

    // Another request may have refreshed while this one was in flight: use its token.
    const current = this.accessToken;
    let retryToken = current && current !== usedToken ? current : null;
    if (!retryToken && !refreshed) retryToken = (await this.refresh())?.accessToken ?? null;
    if (!retryToken) return ensureOk(response);
    await response.body?.cancel().catch(() => undefined);
    return ensureOk(await this.fetchOnce(path, options, retryToken));
  }

  private async doRefresh(): Promise<SessionResponse | null> {
    const response = await this.fetchOnce(this.refreshPath, { method: 'POST' }, null);
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel().catch(() => undefined);
      this.setSession(null);
      return null;
    }
    const session = await parseBody(await ensureOk(response), sessionResponseSchema);
    this.setSession(session);
    return session;
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.locks ? this.locks.request(this.lockName, work) : work();
  }

  private async fetchOnce(path: string, options: RequestOptions, accessToken: string | null): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const hasBody = options.body !== undefined;
    // No Content-Type without a body: Fastify rejects an empty body declared as JSON.
    if (hasBody) headers['Content-Type'] = 'application/json';
    if (accessToken) headers['Authorization'] = `Bearer ${accessToken}`;
    try {
      return await this.fetchFn(`${this.basePath}${path}`, {
        method: options.method ?? 'GET',
        headers,
        body: hasBody ? JSON.stringify(options.body) : undefined,
        credentials: 'same-origin',
        signal: options.signal,
      });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw ApiError.network(error);
    }
  }
}

async function ensureOk(response: Response): Promise<Response> {
  if (response.ok) return response;
  throw await ApiError.fromResponse(response);
}

async function parseBody<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    throw ApiError.badResponse(response.status, error);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw ApiError.badResponse(response.status, parsed.error);
  return parsed.data;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function defaultLocks(): LockManagerLike | null {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks ?? null;
}
