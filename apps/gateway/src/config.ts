import { z } from 'zod';
import { baseEnvSchema, envBoolean, loadConfig } from '@tailwise/config';

export const gatewayEnvSchema = baseEnvSchema.extend({
  HTTP_PORT: z.coerce.number().int().default(3000),
  /** Where people reach the app; used for links and the cookie's Secure default. */
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  /** Folder holding the built `hq-web` and `portal-web` apps. */
  WEB_ROOT: z.string().default('dist/apps'),
  COOKIE_SECURE: envBoolean.optional(),
  /** At least identity's ACCESS_TOKEN_TTL_SECONDS: how long a revoked session is remembered. */
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(900),
  RPC_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(256 * 1024),
  /** Hops of reverse proxies to trust for the client address (Ingress: 1). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).default(0),
});
export type GatewayConfig = z.output<typeof gatewayEnvSchema>;
export const loadGatewayConfig = (env: NodeJS.ProcessEnv = process.env): GatewayConfig => loadConfig(gatewayEnvSchema, env);

export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');
