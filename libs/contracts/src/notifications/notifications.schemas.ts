import { z } from 'zod';

export const sentEmailSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  to: z.string(),
  subject: z.string(),
  sentAt: z.iso.datetime(),
  eventId: z.uuid().nullable(),
});
export type SentEmail = z.infer<typeof sentEmailSchema>;

export const sentEmailsListQuerySchema = z.strictObject({
  to: z.string().optional(),
  limit: z.number().int().min(1).max(100).default(50),
});
export type SentEmailsListQuery = z.infer<typeof sentEmailsListQuerySchema>;
