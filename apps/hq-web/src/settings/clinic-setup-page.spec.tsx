import type { ClinicSetup, MeResponse } from '@tailwise/contracts';
import { findTag, labelsOf, textsOf } from '@tailwise/web-ui';
import type { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ada, admin, renderApp } from '../test/render-app';
import { renderStatic } from '../test/render-static';
import { capacityFieldOf, capacityToBody, CapacityRulesForm } from './clinic-capacity-form';
import { hoursFieldOf, hoursToBody, hoursToValues } from './clinic-forms';
import { deleteClosureMessage } from './clinic-closures-list';
import { clinicSetupKeys } from './clinic-setup-queries';

const CLINIC_ID = ada.clinics[0].id;
const TYPE_ID = '3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d';
const RULE_IDS = ['5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d', '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d'];

const setup: ClinicSetup = {
  clinic: { id: CLINIC_ID, organizationId: ada.organization.id, name: 'Main Street Clinic', timeZone: 'America/Chicago' },
  hours: { days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, hours: weekday <= 5 ? { opens: '08:00', closes: '17:30' } : null })) },
  closures: [{ id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', startDate: '2030-12-24', endDate: '2030-12-26', reason: 'Christmas' }],
  appointmentTypes: [{ id: TYPE_ID, name: 'Spay/neuter', category: 'surgery', defaultDurationMinutes: 90, active: true }],
  capacityRules: [
    { id: RULE_IDS[0], label: 'Female dogs under 20 kg', species: 'dog', sex: 'female', minWeightKg: null, maxWeightKg: 20, limit: 4 },
    { id: RULE_IDS[1], label: 'Cats', species: 'cat', sex: null, minWeightKg: null, maxWeightKg: null, limit: 12 },
  ],
  reasons: [{ id: '8a9b0c1d-2e3f-4a4b-8c5d-6e7f8a9b0c1d', name: 'Spay or neuter', description: 'Surgery day', isDefault: true, appointmentTypeId: TYPE_ID, isActive: true }],
  portalOptions: {
    allowRequests: true,
    requestLabel: 'Request an appointment',
    requestNotificationEmail: 'front@example.org',
    allowSelfScheduling: false,
    showOfficeHours: true,
    officeHoursText: 'Phones open at 7:30',
  },
};

const seeded = (queryClient: QueryClient) => queryClient.setQueryData(clinicSetupKeys.one(CLINIC_ID), setup);
const scheduler: MeResponse = { ...ada, permissions: ['schedule.manage'] };

describe('Settings → Clinic', () => {
  const html = renderApp('/settings/clinic', admin, seeded);
  const buttons = textsOf(html, 'button');

  it('shows each part of the setup under its own heading', () => {
    expect(textsOf(html, 'h1')).toEqual(['Clinic']);
    expect(textsOf(html, 'h2')).toEqual([
      'Hours of operation',
      'Closures and holidays',
      'Appointment types',
      'Day capacity',
      'Appointment reasons',
      'Client portal',
    ]);
    expect(html).toContain('Times are in America/Chicago');
  });

  it('has one row per weekday, Monday to Sunday, with Closed and the opening times', () => {
    expect(textsOf(html, 'th')).toEqual(expect.arrayContaining(['Monday', 'Sunday']));
    expect(findTag(html, 'aria-label="Opens on Monday"')).toMatch(/value="08:00"/);
    expect(findTag(html, 'aria-label="Closes on Friday"')).toMatch(/value="17:30"/);
    expect(findTag(html, 'aria-label="Closed on Saturday"')).toMatch(/checked=""/);
    expect(findTag(html, 'aria-label="Closed on Monday"')).not.toMatch(/checked=""/);
    expect(findTag(html, 'aria-label="Opens on Sunday"')).toMatch(/disabled/);
  });

  it('lists closures, appointment types and reasons, with their buttons', () => {
    const rows = textsOf(html, 'tr');
    expect(rows).toContain('ChristmasDec 24, 2030 to Dec 26, 2030Delete');
    expect(rows).toContain('Spay/neuterSurgery1 hour 30 minutesActiveEdit');
    expect(rows).toContain('Spay or neuterDefaultSurgery daySpay/neuterActiveEdit');
    expect(buttons).toEqual(expect.arrayContaining(['Add Closure', 'Add Appointment Type', 'Add Rule', 'Add Reason', 'Save Changes']));
    expect(buttons.filter((b) => b === 'Save Changes')).toHaveLength(3);
    expect(html).toMatch(/aria-label="Delete closure Christmas \(Dec 24, 2030 to Dec 26, 2030\)"/);
  });

  it('has the capacity rules as editable rows', () => {
    expect(textsOf(html, 'legend')).toEqual(['Rule 1', 'Rule 2']);
    expect(findTag(html, 'name="rules.0.label"')).toMatch(/value="Female dogs under 20 kg"/);
    expect(findTag(html, 'name="rules.0.maxWeightKg"')).toMatch(/value="20"/);
    expect(findTag(html, 'name="rules.1.limit"')).toMatch(/value="12"/);
    expect(html).toMatch(/aria-label="Remove rule 2"/);
  });

  it('has the client portal options', () => {
    expect(labelsOf(html)).toEqual(
      expect.arrayContaining([
        'Allow appointment requests',
        'Request button label',
        'Request notification email',
        'Allow self-scheduling',
        'Show office hours',
        'Office hours text',
      ]),
    );
    expect(findTag(html, 'name="requestNotificationEmail"')).toMatch(/value="front@example.org"/);
  });

  it('lets a role with Manage schedule (and not Manage users) change the setup', () => {
    const other = renderApp('/settings/clinic', scheduler, seeded);
    expect(textsOf(other, 'button')).toContain('Add Closure');
    expect(other).not.toContain('Read only');
  });

  it('without Manage schedule, shows the setup read-only, with no buttons and a note', () => {
    const readOnly = renderApp('/settings/clinic', ada, seeded);
    expect(textsOf(readOnly, 'h2')).toContain('Day capacity');
    expect(readOnly).toContain('that needs the Manage schedule permission');
    const main = readOnly.slice(readOnly.indexOf('<h1'));
    expect(textsOf(main, 'button')).toEqual([]);
    expect(findTag(readOnly, 'name="rules.0.label"')).toMatch(/disabled/);
    expect(findTag(readOnly, 'aria-label="Opens on Monday"')).toMatch(/disabled/);
    expect(textsOf(readOnly, 'tr')).toContain('ChristmasDec 24, 2030 to Dec 26, 2030');
  });

  it('offers a clinic picker when the organization has several clinics, the first chosen', () => {
    const second = { id: 'aa1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d', name: 'Riverside Clinic', timeZone: 'America/New_York' };
    const many = renderApp('/settings/clinic', { ...admin, clinics: [...admin.clinics, second] }, seeded);
    expect(labelsOf(many)).toContain('Clinic');
    expect(textsOf(many, 'option')).toEqual(expect.arrayContaining(['Main Street Clinic', 'Riverside Clinic']));
    expect(findTag(many, `value="${CLINIC_ID}"`)).toContain('selected');
    expect(labelsOf(html)).not.toContain('Clinic');
  });
});

describe('day capacity rules', () => {
  it("puts each refusal's issue on its row: the field it names, a whole-rule issue on the label", () => {
    expect(capacityFieldOf('rules.2.minWeightKg')).toBe('rules.2.minWeightKg');
    expect(capacityFieldOf('rules.0.limit')).toBe('rules.0.limit');
    expect(capacityFieldOf('rules.1.id')).toBe('rules.1.label');
    expect(capacityFieldOf('rules.3')).toBe('rules.3.label');
    expect(capacityFieldOf('rules')).toBeNull();
  });

  it('names the row fields so those issues land on them', () => {
    const html = renderStatic(<CapacityRulesForm rules={setup.capacityRules} canEdit onSubmit={async () => []} />, admin);
    const second = html.slice(html.indexOf('Rule 2'));
    expect(second).toMatch(/name="rules\.1\.minWeightKg"/);
    expect(second).not.toMatch(/name="rules\.0\./);
    expect(labelsOf(html).slice(0, 6)).toEqual(['Label', 'Species', 'Sex', 'Min weight (kg)', 'Max weight (kg)', 'Places per day']);
  });

  it('sends any species, sex or weight as null and keeps the ids of saved rules', () => {
    expect(
      capacityToBody({
        rules: [
          { ruleId: RULE_IDS[1], label: 'Cats', species: 'cat', sex: '', minWeightKg: '', maxWeightKg: 4.5, limit: 12 },
          { ruleId: '', label: 'Rabbits', species: 'rabbit', sex: 'male', minWeightKg: '1.5', maxWeightKg: '', limit: 2 },
        ],
      }),
    ).toEqual({
      rules: [
        { id: RULE_IDS[1], label: 'Cats', species: 'cat', sex: null, minWeightKg: null, maxWeightKg: 4.5, limit: 12 },
        { label: 'Rabbits', species: 'rabbit', sex: 'male', minWeightKg: 1.5, maxWeightKg: null, limit: 2 },
      ],
    });
  });
});

describe('hours of operation', () => {
  it('round-trips the week, closed days as null', () => {
    expect(hoursToBody(hoursToValues(setup.hours))).toEqual(setup.hours);
  });

  it("shows the API's issue paths on the day's time inputs", () => {
    expect(hoursFieldOf('days.2.hours.closes')).toBe('days.2.closes');
    expect(hoursFieldOf('days.4.hours')).toBe('days.4.opens');
    expect(hoursFieldOf('days')).toBeNull();
  });
});

describe('closures', () => {
  it('asks before deleting, saying it cannot be undone', () => {
    expect(deleteClosureMessage(setup.closures[0])).toMatch(/^This permanently deletes the closure "Christmas" \(Dec 24, 2030 to Dec 26, 2030\) and can't be undone/);
  });
});
