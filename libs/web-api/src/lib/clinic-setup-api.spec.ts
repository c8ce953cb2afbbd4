import type { AppointmentReason, AppointmentType, CapacityRule, ClinicSetup, Closure, PortalOptions, WeeklyHours } from '@tailwise/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { clinicSetupApi } from './clinic-setup-api';
import { expectOneRequest, type FakeCall, fakeHqApi, json } from './testing/fake-fetch';

const CLINIC_ID = '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';
const ITEM_ID = '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';
const base = `/api/hq/clinics/${CLINIC_ID}`;

const hours: WeeklyHours = {
  days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, hours: weekday < 6 ? { opens: '08:00', closes: '17:30' } : null })),
};
const closure: Closure = { id: ITEM_ID, startDate: '2030-12-24', endDate: '2030-12-26', reason: 'Christmas' };
const type: AppointmentType = { id: ITEM_ID, name: 'Spay/neuter', category: 'surgery', defaultDurationMinutes: 60, active: true };
const rule: CapacityRule = { id: ITEM_ID, label: 'Female dogs', species: 'dog', sex: 'female', minWeightKg: null, maxWeightKg: 20, limit: 4 };
const reason: AppointmentReason = { id: ITEM_ID, name: 'Vaccines', description: null, isDefault: true, appointmentTypeId: ITEM_ID, isActive: true };
const portal: PortalOptions = {
  allowRequests: true,
  requestLabel: 'Request an appointment',
  requestNotificationEmail: null,
  allowSelfScheduling: false,
  showOfficeHours: true,
  officeHoursText: null,
};
const setup: ClinicSetup = {
  clinic: { id: CLINIC_ID, organizationId: ITEM_ID, name: 'Main Street Clinic', timeZone: 'America/Chicago' },
  hours,
  closures: [closure],
  appointmentTypes: [type],
  capacityRules: [rule],
  reasons: [reason],
  portalOptions: portal,
};

const closureInput = { startDate: '2030-12-24', endDate: '2030-12-26', reason: 'Christmas' };
const typeInput = { name: 'Spay/neuter', category: 'surgery' as const, defaultDurationMinutes: 60, active: true };
const rules = { rules: [{ label: 'Female dogs', species: 'dog' as const, sex: 'female' as const, minWeightKg: null, maxWeightKg: 20, limit: 4 }] };
const reasonInput = { name: 'Vaccines', description: null, isDefault: true, appointmentTypeId: ITEM_ID, isActive: true };

const fakeApi = (answer: (call: FakeCall) => Response) => fakeHqApi(clinicSetupApi, answer);
type Api = ReturnType<typeof clinicSetupApi>;

describe('clinicSetupApi requests', () => {
  it.each([
    ['setup', (api: Api) => api.setup(CLINIC_ID), 'GET', `${base}/setup`, undefined, 200, setup],
    ['setHours', (api: Api) => api.setHours(CLINIC_ID, hours), 'PUT', `${base}/hours`, hours, 200, hours],
    ['createClosure', (api: Api) => api.createClosure(CLINIC_ID, closureInput), 'POST', `${base}/closures`, closureInput, 201, closure],
    ['updateClosure', (api: Api) => api.updateClosure(CLINIC_ID, ITEM_ID, closureInput), 'PUT', `${base}/closures/${ITEM_ID}`, closureInput, 200, closure],
    ['createAppointmentType', (api: Api) => api.createAppointmentType(CLINIC_ID, typeInput), 'POST', `${base}/appointment-types`, typeInput, 201, type],
    [
      'updateAppointmentType',
      (api: Api) => api.updateAppointmentType(CLINIC_ID, ITEM_ID, typeInput),
      'PUT',
      `${base}/appointment-types/${ITEM_ID}`,
      typeInput,
      200,
      type,
    ],
    ['setCapacityRules', (api: Api) => api.setCapacityRules(CLINIC_ID, rules), 'PUT', `${base}/capacity-rules`, rules, 200, [rule]],
    ['createReason', (api: Api) => api.createReason(CLINIC_ID, reasonInput), 'POST', `${base}/reasons`, reasonInput, 201, reason],
    ['updateReason', (api: Api) => api.updateReason(CLINIC_ID, ITEM_ID, reasonInput), 'PUT', `${base}/reasons/${ITEM_ID}`, reasonInput, 200, reason],
    ['setPortalOptions', (api: Api) => api.setPortalOptions(CLINIC_ID, portal), 'PUT', `${base}/portal-options`, portal, 200, portal],
  ] as const)('%s: %s %s', async (_name, call, method, url, body, status, answer) => {
    const { api, calls } = fakeApi(() => json(status, answer));

    await expect(call(api)).resolves.toEqual(answer);

    expectOneRequest(calls, { method, url, body });
  });

  it.each([
    ['removeClosure', (api: Api) => api.removeClosure(CLINIC_ID, ITEM_ID), `${base}/closures/${ITEM_ID}`],
    ['removeAppointmentType', (api: Api) => api.removeAppointmentType(CLINIC_ID, ITEM_ID), `${base}/appointment-types/${ITEM_ID}`],
    ['removeReason', (api: Api) => api.removeReason(CLINIC_ID, ITEM_ID), `${base}/reasons/${ITEM_ID}`],
  ] as const)('%s: DELETE %s reads nothing from the 204', async (_name, call, url) => {
    const { api, calls } = fakeApi(() => new Response(null, { status: 204 }));
    await expect(call(api)).resolves.toBeUndefined();
    expectOneRequest(calls, { method: 'DELETE', url, body: undefined });
  });

  it('escapes ids put in the path', async () => {
    const { api, calls } = fakeApi(() => json(404, { code: 'NOT_FOUND', message: 'Clinic not found' }));
    await expect(api.removeClosure('../x', '../y')).rejects.toMatchObject({ status: 404 });
    expect(calls[0].url).toBe('/api/hq/clinics/..%2Fx/closures/..%2Fy');
  });

  it('keeps the issues of a refused rule set, each naming its rule and field', async () => {
    const { api } = fakeApi(() =>
      json(400, {
        code: 'VALIDATION',
        message: 'Some fields need attention',
        details: { issues: [{ path: 'rules.1.minWeightKg', message: 'Overlaps the rule "Female dogs"' }] },
      }),
    );
    const error = (await api.setCapacityRules(CLINIC_ID, rules).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.issueFor('rules.1.minWeightKg')).toBe('Overlaps the rule "Female dogs"');
  });

  it('refuses an answer that does not match the contract', async () => {
    const { api } = fakeApi(() => json(200, { ...setup, closures: [{ ...closure, reason: 3 }] }));
    await expect(api.setup(CLINIC_ID)).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });
});
