import { ALL_STAFF_PERMISSIONS, STAFF_PERMISSIONS, roleInputSchema, type StaffActor } from '@tailwise/contracts';
import {
  assertKeepsAnAdmin,
  assertNotAdminRole,
  isActiveAdmin,
  requireManageUsers,
  samePermissions,
  staffStatus,
} from './staff-rules';

const actor = (permissions: string[]): StaffActor => ({
  kind: 'staff',
  userId: '0d0c4a4e-1b1a-4f8a-9d4e-000000000001',
  organizationId: '0d0c4a4e-1b1a-4f8a-9d4e-000000000002',
  permissions,
});

describe('staff rules', () => {
  it('needs "manage users" for users and roles (403 otherwise)', () => {
    expect(() => requireManageUsers(actor([STAFF_PERMISSIONS.manageClients]))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => requireManageUsers(actor([STAFF_PERMISSIONS.manageUsers]))).not.toThrow();
  });

  it('derives the status: disabled over invited, invited until a password is set', () => {
    const at = new Date();
    expect(staffStatus({ passwordHash: null, disabledAt: null })).toBe('invited');
    expect(staffStatus({ passwordHash: 'h', disabledAt: null })).toBe('active');
    expect(staffStatus({ passwordHash: null, disabledAt: at })).toBe('disabled');
    expect(staffStatus({ passwordHash: 'h', disabledAt: at })).toBe('disabled');
  });

  it('counts only Admins who can act as active Admins', () => {
    expect(isActiveAdmin({ passwordHash: 'h', disabledAt: null }, { isAdmin: true })).toBe(true);
    expect(isActiveAdmin({ passwordHash: null, disabledAt: null }, { isAdmin: true })).toBe(false);
    expect(isActiveAdmin({ passwordHash: 'h', disabledAt: new Date() }, { isAdmin: true })).toBe(false);
    expect(isActiveAdmin({ passwordHash: 'h', disabledAt: null }, { isAdmin: false })).toBe(false);
  });

  it('refuses to remove the last active Admin (409), and allows it when another remains', () => {
    expect(() => assertKeepsAnAdmin(true, 0)).toThrow(expect.objectContaining({ code: 'CONFLICT', message: expect.stringMatching(/last active Admin/) }));
    expect(() => assertKeepsAnAdmin(true, 1)).not.toThrow();
    expect(() => assertKeepsAnAdmin(false, 0)).not.toThrow();
  });

  it('keeps the Admin role as it is', () => {
    expect(() => assertNotAdminRole({ isAdmin: true }, 'deleted')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => assertNotAdminRole({ isAdmin: false }, 'changed')).not.toThrow();
  });

  it('compares permission lists as sets', () => {
    expect(samePermissions(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(samePermissions(['a'], ['a', 'b'])).toBe(false);
    expect(samePermissions([], [])).toBe(true);
  });

  it('accepts only known permissions, each once, in a role (400 naming the field)', () => {
    expect(roleInputSchema.safeParse({ name: 'Front desk', permissions: [STAFF_PERMISSIONS.manageClients] }).success).toBe(true);
    const unknown = roleInputSchema.safeParse({ name: 'X', permissions: ['root'] });
    expect(unknown.error?.issues[0]?.path).toEqual(['permissions', 0]);
    const twice = roleInputSchema.safeParse({ name: 'X', permissions: [ALL_STAFF_PERMISSIONS[0], ALL_STAFF_PERMISSIONS[0]] });
    expect(twice.error?.issues[0]?.path).toEqual(['permissions']);
    expect(roleInputSchema.safeParse({ name: '  ', permissions: [] }).error?.issues[0]?.path).toEqual(['name']);
  });
});
