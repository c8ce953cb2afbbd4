import { z } from 'zod';
import { emailSchema, nameSchema } from '../common/common.schemas';
import { ALL_STAFF_PERMISSIONS } from '../common/permissions';

/** Settings → User Roles. The built-in Admin role holds every permission and cannot be edited. */
export const roleSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  isAdmin: z.boolean(),
  permissions: z.array(z.string()),
  /** Staff users (any status) holding the role; a role in use cannot be deleted. */
  userCount: z.number().int(),
});
export type Role = z.infer<typeof roleSchema>;

export const roleInputSchema = z.strictObject({
  name: nameSchema,
  permissions: z
    .array(z.enum(ALL_STAFF_PERMISSIONS as [string, ...string[]], { error: 'Unknown permission' }))
    .max(ALL_STAFF_PERMISSIONS.length)
    .refine((list) => new Set(list).size === list.length, { error: 'Each permission only once' }),
});
export type RoleInput = z.infer<typeof roleInputSchema>;

export const roleIdCommandSchema = z.strictObject({ roleId: z.uuid() });
export const roleUpdateCommandSchema = z.strictObject({ roleId: z.uuid(), role: roleInputSchema });
export type RoleUpdateCommand = z.infer<typeof roleUpdateCommandSchema>;

export const STAFF_USER_STATUSES = ['invited', 'active', 'disabled'] as const;
export type StaffUserStatus = (typeof STAFF_USER_STATUSES)[number];

/** Settings → Users: a staff member as admins see them. */
export const staffUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  role: z.object({ id: z.uuid(), name: z.string(), isAdmin: z.boolean() }),
  /** invited: has not set a password yet; disabled: cannot sign in, sessions ended. */
  status: z.enum(STAFF_USER_STATUSES),
  lastSignInAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type StaffUser = z.infer<typeof staffUserSchema>;

/** Invite a staff member: they get an email with a link to set a password (72 h, single use). */
export const staffInviteRequestSchema = z.strictObject({
  firstName: nameSchema,
  lastName: nameSchema,
  email: emailSchema,
  roleId: z.uuid(),
});
export type StaffInviteRequest = z.infer<typeof staffInviteRequestSchema>;

export const staffChangeRoleRequestSchema = z.strictObject({ roleId: z.uuid() });
export type StaffChangeRoleRequest = z.infer<typeof staffChangeRoleRequestSchema>;

export const staffUserIdCommandSchema = z.strictObject({ userId: z.uuid() });
export type StaffUserIdCommand = z.infer<typeof staffUserIdCommandSchema>;
export const staffChangeRoleCommandSchema = staffChangeRoleRequestSchema.extend({ userId: z.uuid() });
export type StaffChangeRoleCommand = z.infer<typeof staffChangeRoleCommandSchema>;
