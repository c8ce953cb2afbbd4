import { PORTAL_PERMISSIONS } from '@tailwise/contracts';
import { describe, expect, it } from 'vitest';
import { portalHomeFor, portalNavFor } from './navigation';

describe('portalNavFor', () => {
  it('lists Appointments, Animals, Documents, Invoices, Chat and Users for an account admin who views appointments', () => {
    expect(portalNavFor([PORTAL_PERMISSIONS.viewAppointments, PORTAL_PERMISSIONS.manageUsers]).map((item) => item.label)).toEqual([
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

  it('leaves Appointments out for those who may not view them', () => {
    expect(portalNavFor([PORTAL_PERMISSIONS.manageUsers]).map((item) => item.label)).toEqual(['Animals', 'Documents', 'Invoices', 'Chat', 'Users']);
  });
});

describe('portalHomeFor', () => {
  it('opens on Appointments, or on Animals for those who may not view appointments', () => {
    expect(portalHomeFor([PORTAL_PERMISSIONS.viewAppointments])).toBe('/appointments');
    expect(portalHomeFor([])).toBe('/animals');
  });
});
