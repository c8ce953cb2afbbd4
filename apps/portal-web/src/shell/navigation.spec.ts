import { PORTAL_PERMISSIONS } from '@tailwise/contracts';
import { describe, expect, it } from 'vitest';
import { portalNavFor } from './navigation';

describe('portalNavFor', () => {
  it('lists Appointments, Animals, Documents, Invoices, Chat and Users for an account admin', () => {
    expect(portalNavFor([PORTAL_PERMISSIONS.manageUsers]).map((item) => item.label)).toEqual([
      'Appointments',
      'Animals',
      'Documents',
      'Invoices',
      'Chat',
      'Users',
    ]);
  });

  it('leaves Users out for other portal users', () => {
    expect(portalNavFor([PORTAL_PERMISSIONS.viewAppointments]).map((item) => item.label)).not.toContain('Users');
  });
});
