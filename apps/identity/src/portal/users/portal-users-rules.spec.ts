import { PORTAL_PERMISSIONS } from '@tailwise/contracts';
import { keepsAUserManager, samePermissions } from './portal-users-rules';

const manage = PORTAL_PERMISSIONS.manageUsers;
const view = PORTAL_PERMISSIONS.viewAppointments;
const user = (id: string, permissions: string[], passwordHash: string | null = 'hash') => ({ id, permissions, passwordHash });

describe('keepsAUserManager', () => {
  const users = [user('a', [manage, view]), user('b', [manage]), user('c', [view])];

  it('allows taking users.manage from one manager while another remains', () => {
    expect(keepsAUserManager(users, { userId: 'a', permissions: [view] })).toBe(true);
    expect(keepsAUserManager(users, { userId: 'b', permissions: null })).toBe(true);
  });

  it('refuses taking it from, or removing, the last manager', () => {
    const lastOne = [user('a', [manage]), user('c', [view])];
    expect(keepsAUserManager(lastOne, { userId: 'a', permissions: [view] })).toBe(false);
    expect(keepsAUserManager(lastOne, { userId: 'a', permissions: null })).toBe(false);
    expect(keepsAUserManager(lastOne, { userId: 'c', permissions: null })).toBe(true);
  });

  it('does not count an invited manager who has never set a password', () => {
    const withInvited = [user('a', [manage]), user('i', [manage], null)];
    expect(keepsAUserManager(withInvited, { userId: 'a', permissions: [view] })).toBe(false);
  });
});

describe('samePermissions', () => {
  it('ignores order', () => {
    expect(samePermissions([manage, view], [view, manage])).toBe(true);
    expect(samePermissions([manage], [manage, view])).toBe(false);
  });
});
