import { z } from 'zod';
import { baseEnvSchema, databaseEnvSchema, envBoolean, loadConfig } from '@tailwise/config';

/** An optional variable; an empty value (`SMTP_USER=` in an env file) counts as unset. */
const optionalString = z
  .string()
  .optional()
  .transform((v) => v || undefined);

export const notificationsEnvSchema = baseEnvSchema
  .extend(databaseEnvSchema.shape)
  .extend({
    DATABASE_NAME: databaseEnvSchema.shape.DATABASE_NAME.default('tailwise_notifications'),
    HTTP_PORT: z.coerce.number().int().default(3105),
    SMTP_HOST: z.string().min(1).default('127.0.0.1'),
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(1025),
    /** Implicit TLS (port 465); with false, STARTTLS is still used when the server offers it. */
    SMTP_SECURE: envBoolean.default(false),
    SMTP_USER: optionalString,
    SMTP_PASS: optionalString,
    MAIL_FROM: z.string().min(1).default('Tailwise <no-reply@tailwise.local>'),
    /** Where people open the web app; links in emails start with it. */
    PUBLIC_URL: z
      .url({ protocol: /^https?$/ })
      .default('http://localhost:3000')
      .transform((url) => url.replace(/\/+$/, '')),
  })
  .refine((env) => !env.SMTP_USER === !env.SMTP_PASS, {
    error: 'set both SMTP_USER and SMTP_PASS, or neither',
    path: ['SMTP_PASS'],
  });
export type NotificationsConfig = z.output<typeof notificationsEnvSchema>;

export const loadNotificationsConfig = (env: NodeJS.ProcessEnv = process.env): NotificationsConfig =>
  loadConfig(notificationsEnvSchema, env);
