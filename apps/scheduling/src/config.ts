import { z } from 'zod';
import { baseEnvSchema, databaseEnvSchema, loadConfig } from '@tailwise/config';

export const schedulingEnvSchema = baseEnvSchema.extend(databaseEnvSchema.shape).extend({
  DATABASE_NAME: databaseEnvSchema.shape.DATABASE_NAME.default('tailwise_scheduling'),
  HTTP_PORT: z.coerce.number().int().default(3103),
});
export type SchedulingConfig = z.output<typeof schedulingEnvSchema>;

export const loadSchedulingConfig = (env: NodeJS.ProcessEnv = process.env): SchedulingConfig => loadConfig(schedulingEnvSchema, env);
