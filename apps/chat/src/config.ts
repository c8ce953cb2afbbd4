import { z } from 'zod';
import { baseEnvSchema, databaseEnvSchema, loadConfig } from '@tailwise/config';

export const chatEnvSchema = baseEnvSchema.extend(databaseEnvSchema.shape).extend({
  DATABASE_NAME: databaseEnvSchema.shape.DATABASE_NAME.default('tailwise_chat'),
  HTTP_PORT: z.coerce.number().int().default(3104),
});
export type ChatConfig = z.output<typeof chatEnvSchema>;

export const loadChatConfig = (env: NodeJS.ProcessEnv = process.env): ChatConfig => loadConfig(chatEnvSchema, env);
