import { z } from 'zod';

export const emailSchema = z.email({ error: 'Enter a valid email address' }).max(254).transform((e) => e.toLowerCase());
/** At least 8 characters and one non-alphanumeric symbol, as the clinics' portal rules say. */
export const passwordSchema = z
  .string()
  .min(8, { error: 'Use at least 8 characters' })
  .max(200, { error: 'Use at most 200 characters' })
  .regex(/[^A-Za-z0-9]/, { error: 'Include at least one symbol (not a letter or digit)' });
export const nameSchema = z.string().trim().min(1, { error: 'Required' }).max(120);
export const idParamSchema = z.strictObject({ id: z.uuid() });
