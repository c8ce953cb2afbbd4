import { ALL_STAFF_PERMISSIONS, STAFF_PERMISSIONS } from '@tailwise/contracts';
import { effectivePermissions } from './permissions';

describe('effectivePermissions', () => {
  it('gives Admin every permission, whatever its row holds', () => {
    expect(effectivePermissions({ isAdmin: true, permissions: [] })).toEqual(ALL_STAFF_PERMISSIONS);
  });

  it('keeps a custom role to its known permissions', () => {
    expect(
      effectivePermissions({ isAdmin: false, permissions: [STAFF_PERMISSIONS.manageClients, 'retired.permission'] }),
    ).toEqual([STAFF_PERMISSIONS.manageClients]);
  });
});
