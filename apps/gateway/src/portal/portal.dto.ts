import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  portalInvitationRequestSchema,
  portalInvitationSignInRequestSchema,
  portalNewAccountRequestSchema,
  portalUserAddRequestSchema,
  portalUserUpdateRequestSchema,
} from '@tailwise/contracts';

export class PortalInvitationDto extends createZodDto(portalInvitationRequestSchema) {}
export class PortalNewAccountDto extends createZodDto(portalNewAccountRequestSchema) {}
export class PortalInvitationSignInDto extends createZodDto(portalInvitationSignInRequestSchema) {}
export class PortalUserAddDto extends createZodDto(portalUserAddRequestSchema) {}
export class PortalUserUpdateDto extends createZodDto(portalUserUpdateRequestSchema) {}

/** An item of a linked organization (`/api/portal/organizations/:organizationId/<items>/:id`): both ids are UUIDs, or a 400 naming the parameter. */
export class PortalOrganizationItemParamDto extends createZodDto(z.strictObject({ organizationId: z.uuid(), id: z.uuid() })) {}
