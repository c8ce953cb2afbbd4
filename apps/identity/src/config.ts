import { z } from 'zod';
import { baseEnvSchema, databaseEnvSchema, loadConfig } from '@tailwise/config';

export const identityEnvSchema = baseEnvSchema.extend(databaseEnvSchema.shape).extend({
  DATABASE_NAME: databaseEnvSchema.shape.DATABASE_NAME.default('tailwise_identity'),
  HTTP_PORT: z.coerce.number().int().default(3101),
  /** PKCS8 PEM of the Ed25519 key that signs access tokens (`\n` escapes allowed). */
  AUTH_PRIVATE_KEY: z.string().min(1).transform((pem) => pem.replace(/\\n/g, '\n')),
  AUTH_KEY_ID: z.string().min(1).default('tailwise-1'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  SIGN_IN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  SIGN_IN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
});
export type IdentityConfig = z.output<typeof identityEnvSchema>;

export const loadIdentityConfig = (env: NodeJS.ProcessEnv = process.env): IdentityConfig => loadConfig(identityEnvSchema, env);
