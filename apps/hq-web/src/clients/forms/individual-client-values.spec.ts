import { individualClientInputSchema } from '@tailwise/contracts';
import { describe, expect, it } from 'vitest';
import {
  advancedSectionOf,
  individualClientDefaults,
  individualClientFieldOf,
  type IndividualClientFormValues,
  individualClientToBody,
  individualClientValues,
} from './individual-client-values';

const STAFF_ID = '4b0f7c1e-8f5a-4d8e-9a43-1d3c0f6a7b21';
const CLINIC_ID = '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';

function basic(overrides: Partial<IndividualClientFormValues> = {}): IndividualClientFormValues {
  return { ...individualClientDefaults(), firstName: ' Jamie ', lastName: 'Rivera', ...overrides };
}

const issuePaths = (values: IndividualClientFormValues) => {
  const result = individualClientInputSchema.safeParse(individualClientToBody(values));
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('individual client defaults', () => {
  it('have Email Communication on, SMS off, the mobile as primary and login not allowed', () => {
    expect(individualClientDefaults()).toMatchObject({ emailConsent: true, smsConsent: false, mobileIsPrimary: true, allowLogin: false, preferredLanguage: 'en' });
  });

  it('take the staff member, time zone and clinic they are given (My Clients, the only clinic)', () => {
    expect(individualClientDefaults({ assignedStaffUserId: STAFF_ID, timeZone: 'America/Denver', treatingClinicId: CLINIC_ID })).toMatchObject({
      assignedStaffUserId: STAFF_ID,
      timeZone: 'America/Denver',
      treatingClinicId: CLINIC_ID,
    });
  });
});

describe('individualClientToBody', () => {
  it('turns every blank optional field into null, and leaves out an address nobody typed', () => {
    const body = individualClientToBody(basic());

    expect(body).toMatchObject({
      kind: 'individual',
      firstName: 'Jamie',
      lastName: 'Rivera',
      timeZone: null,
      email: null,
      mobile: null,
      salutation: null,
      pronouns: null,
      sexAssignedAtBirth: null,
      dateOfBirth: null,
      address: null,
      referringProvider: null,
      veteranId: null,
      treatingClinicId: null,
      alert: null,
      otherPhones: [],
      emergencyContact: null,
      coverageProvider: null,
      coverageNumber: null,
      authorizationNumber: null,
      caseNumber: null,
      numberOfSessions: null,
      billingNotes: null,
      notes: null,
      assignedStaffUserId: null,
    });
    expect(individualClientInputSchema.safeParse(body).success).toBe(true);
  });

  it('sends what was typed, trimmed, with the number of sessions as a number', () => {
    const body = individualClientToBody(
      basic({
        email: ' jamie@owner.test ',
        mobile: '(303) 555-0142',
        smsConsent: true,
        alert: ' Bites when scared ',
        address: { line1: '12 Elm St', line2: 'Apt 4', city: 'Denver', region: 'CO', postalCode: '80202', country: 'US' },
        coverageType: 'pet-insurance',
        coverageProvider: 'Trupanion',
        numberOfSessions: 3,
        treatingClinicId: CLINIC_ID,
      }),
    );
    expect(body).toMatchObject({
      email: 'jamie@owner.test',
      mobile: '(303) 555-0142',
      smsConsent: true,
      alert: 'Bites when scared',
      address: { line1: '12 Elm St', line2: 'Apt 4', city: 'Denver', region: 'CO', postalCode: '80202', country: 'US' },
      coverageType: 'pet-insurance',
      coverageProvider: 'Trupanion',
      numberOfSessions: 3,
      treatingClinicId: CLINIC_ID,
    });
    expect(individualClientInputSchema.safeParse(body).success).toBe(true);
  });

  it('drops the provider and its number when there is no coverage', () => {
    expect(individualClientToBody(basic({ coverageType: 'none', coverageProvider: 'Trupanion', coverageNumber: '123' }))).toMatchObject({
      coverageProvider: null,
      coverageNumber: null,
    });
  });

  it('reads a half-typed number of sessions as a number, and an empty one as null', () => {
    expect(individualClientToBody(basic({ numberOfSessions: '4' })).numberOfSessions).toBe(4);
    expect(individualClientToBody(basic({ numberOfSessions: ' ' })).numberOfSessions).toBeNull();
  });

  it('with SMS on and the mobile blank, the contract names the mobile field', () => {
    expect(issuePaths(basic({ smsConsent: true, mobile: '  ' }))).toEqual(['mobile']);
    expect(individualClientFieldOf('mobile')).toBe('mobile');
  });

  it('a partly typed address asks for the rest', () => {
    expect(issuePaths(basic({ address: { line1: '', line2: '', city: 'Denver', region: '', postalCode: '', country: 'US' } }))).toEqual([
      'address.line1',
      'address.region',
      'address.postalCode',
    ]);
  });

  it('round-trips a saved client through the edit form', () => {
    const body = individualClientToBody(basic({ email: 'jamie@owner.test', otherPhones: [{ type: 'home', number: '303 555 0100', primary: false }], numberOfSessions: 2 }));
    const saved = individualClientInputSchema.parse(body);
    expect(individualClientToBody(individualClientValues(saved))).toEqual(body);
  });
});

describe('individualClientFieldOf', () => {
  it.each([
    ['email', 'email'],
    ['address.city', 'address.city'],
    ['otherPhones.1.number', 'otherPhones.1.number'],
    ['emergencyContact.phone', 'emergencyContact.phone'],
    ['numberOfSessions', 'numberOfSessions'],
    ['otherPhones', 'otherPhones'],
    ['address', 'address.line1'],
  ])('%s is shown on %s', (path, field) => {
    expect(individualClientFieldOf(path)).toBe(field);
  });

  it.each(['kind', 'assignedStaffUserId', 'phones.0.number', 'address.planet'])('%s has no field', (path) => {
    expect(individualClientFieldOf(path)).toBeNull();
  });
});

describe('advancedSectionOf', () => {
  it.each([
    ['mobile', null],
    ['allowLogin', null],
    ['dateOfBirth', 'details'],
    ['address.city', 'details'],
    ['alert', 'details'],
    ['otherPhones.0.number', 'contact'],
    ['emergencyContact.name', 'contact'],
    ['numberOfSessions', 'billing'],
  ])('%s is in %s', (field, section) => {
    expect(advancedSectionOf(field)).toBe(section);
  });
});
