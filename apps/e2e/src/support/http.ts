import { request as httpRequest } from 'node:http';
import { expect, type APIResponse } from '@playwright/test';
import { ERROR_CODES, type ErrorBody } from '@tailwise/contracts';
import { e2eEnv } from './env';

/** Signs of an internal leaking out: a stack property, V8 stack frames, source paths. */
const LEAKS: RegExp[] = [
  /"stack"\s*:/i,
  /\n\s+at\s/,
  /\bat (?:async )?[\w$.<>[\]]+ \((?:\/|file:|node:)/,
  /\bat (?:file:\/\/|\/|node:)/,
  /\.(?:ts|js|mjs|cjs):\d+:\d+/,
  /node_modules/,
  /QueryFailedError|TypeORMError|EntityNotFound/,
];

/** Fails if a response body shows a stack trace, a source location or a library error. */
export function expectNoInternals(text: string, context = ''): void {
  for (const leak of LEAKS) expect(text, `${context} leaks internals (${leak})`).not.toMatch(leak);
}

/**
 * Asserts the documented error shape `{ code, message, details? }` with a known code and no
 * internals, and returns it.
 */
export async function expectError(res: APIResponse, status: number, code?: string): Promise<ErrorBody> {
  const text = await res.text();
  expect(res.status(), `${res.url()} answered ${res.status()}: ${text.slice(0, 300)}`).toBe(status);
  expect(res.headers()['content-type']).toMatch(/^application\/json/);
  expectNoInternals(text, res.url());
  const body = JSON.parse(text) as ErrorBody;
  expect(Object.values(ERROR_CODES)).toContain(body.code);
  if (code) expect(body.code).toBe(code);
  expect(typeof body.message).toBe('string');
  expect(Object.keys(body).every((k) => ['code', 'message', 'details'].includes(k)), `unexpected keys in ${text}`).toBe(true);
  return body;
}

/** The field paths a 400 VALIDATION answer names in `details.issues`. */
export function issuePaths(body: ErrorBody): string[] {
  const issues = (body.details as { issues?: { path: string }[] } | undefined)?.issues ?? [];
  return issues.map((i) => i.path);
}

export interface SetCookie {
  name: string;
  value: string;
  /** Attribute names lower-cased; flag attributes (HttpOnly) map to ''. */
  attributes: Record<string, string>;
}

/** Every Set-Cookie header of a response, parsed. */
export function setCookies(res: APIResponse): SetCookie[] {
  return res
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'set-cookie')
    .map((h) => parseSetCookie(h.value));
}

export function parseSetCookie(header: string): SetCookie {
  const [pair, ...attrs] = header.split(';').map((p) => p.trim());
  const eq = pair.indexOf('=');
  const attributes: Record<string, string> = {};
  for (const attr of attrs) {
    const i = attr.indexOf('=');
    if (i < 0) attributes[attr.toLowerCase()] = '';
    else attributes[attr.slice(0, i).toLowerCase()] = attr.slice(i + 1);
  }
  return { name: pair.slice(0, eq), value: pair.slice(eq + 1), attributes };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/**
 * A request to the gateway from another loopback address (127.0.0.2, 127.0.0.3, ...), for
 * tests of per-address limits that must not count against 127.0.0.1, which the other tests
 * use. The gateway listens on every interface and trusts no proxy, so this is the address
 * it sees.
 */
export function requestFrom(
  localAddress: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const base = new URL(e2eEnv('baseUrl'));
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: base.hostname,
        port: base.port,
        method,
        path,
        localAddress,
        headers: {
          ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * Repeats `request` until it answers `status`, for changes that reach every gateway replica
 * through an event; fails if that takes longer than `withinMs` (the documented bound).
 */
export async function answersWithin(request: () => Promise<APIResponse>, status: number, withinMs = 1_000): Promise<APIResponse> {
  const started = Date.now();
  for (;;) {
    const res = await request();
    if (res.status() === status) return res;
    if (Date.now() - started > withinMs) {
      expect(res.status(), `${res.url()} still answered ${res.status()} after ${withinMs} ms`).toBe(status);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}
