import { z } from 'zod';
import { baseEnvSchema, databaseEnvSchema, loadConfig } from '@tailwise/config';

export const clientsEnvSchema = baseEnvSchema.extend(databaseEnvSchema.shape).extend({
  DATABASE_NAME: databaseEnvSchema.shape.DATABASE_NAME.default('tailwise_clients'),
  HTTP_PORT: z.coerce.number().int().default(3102),
});
export type ClientsConfig = z.output<typeof clientsEnvSchema>;

export const loadClientsConfig = (env: NodeJS.ProcessEnv = process.env): ClientsConfig => loadConfig(clientsEnvSchema, env);
