import type { Activity } from '@tailwise/contracts';
import { describe, expect, it } from 'vitest';
import { activityTitle, changeValueText, fieldLabel } from './history-tab';

const activity = (overrides: Partial<Activity>): Activity => ({
  id: '8b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
  at: '2030-01-01T11:00:00.000Z',
  actorUserId: null,
  actorName: null,
  action: 'client.updated',
  changes: null,
  summary: 'Changed lastName',
  ...overrides,
});

describe('history', () => {
  it('names changed fields as the forms do, parts of an address too', () => {
    expect(fieldLabel('smsConsent')).toBe('SMS Communication');
    expect(fieldLabel('physicalAddress.city')).toBe('Physical address: City');
    expect(fieldLabel('emergencyContact.phone')).toBe('Emergency contact: Phone');
    expect(fieldLabel('someNewField')).toBe('Some new field');
  });

  it('shows values in words', () => {
    expect(changeValueText(null)).toBe('—');
    expect(changeValueText(true)).toBe('Yes');
    expect(changeValueText(4.5)).toBe('4.5');
    expect(changeValueText([{ type: 'work', number: '(303) 555-0100', primary: true }])).toBe('work, (303) 555-0100');
    expect(changeValueText({ line1: '1 Main St', line2: null, city: 'Denver', region: 'CO', postalCode: '80202', country: 'US' })).toBe(
      '1 Main St, Denver, CO, 80202, US',
    );
  });

  it("names the changed fields of the server's summary as the forms do, and leaves other summaries alone", () => {
    const changes = { lastName: { from: 'A', to: 'B' }, mobile: { from: null, to: '1' }, alert: { from: null, to: 'x' } };
    expect(activityTitle(activity({ changes, summary: 'Changed lastName, mobile and alert' }))).toBe('Changed Last name, Mobile and Client Alert');
    expect(activityTitle(activity({ action: 'animal.updated', changes: { weightKg: { from: 3, to: 4 } }, summary: 'Changed weightKg of Rex' }))).toBe(
      'Changed Weight (kg) of Rex',
    );
    expect(activityTitle(activity({ action: 'client.disabled', summary: 'Disabled the client', changes: { status: { from: 'active', to: 'disabled' } } }))).toBe(
      'Disabled the client',
    );
  });
});
