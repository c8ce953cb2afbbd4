import { createZodDto } from 'nestjs-zod';
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
