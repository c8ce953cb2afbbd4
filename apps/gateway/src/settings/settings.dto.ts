import { createZodDto } from 'nestjs-zod';
import { roleInputSchema, staffChangeRoleRequestSchema, staffInviteRequestSchema } from '@tailwise/contracts';

export class RoleInputDto extends createZodDto(roleInputSchema) {}
export class StaffInviteDto extends createZodDto(staffInviteRequestSchema) {}
export class StaffChangeRoleDto extends createZodDto(staffChangeRoleRequestSchema) {}
