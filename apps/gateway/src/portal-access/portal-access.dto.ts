import { createZodDto } from 'nestjs-zod';
import { portalInviteRequestSchema, portalLinkRequestSchema } from '@tailwise/contracts';

export class PortalInviteDto extends createZodDto(portalInviteRequestSchema) {}
export class PortalLinkDto extends createZodDto(portalLinkRequestSchema) {}
