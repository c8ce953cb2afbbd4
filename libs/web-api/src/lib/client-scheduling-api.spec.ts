import type { AppointmentRequest, OpenTimes, PortalAppointment, PortalScheduling } from '@tailwise/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { clientSchedulingApi } from './client-scheduling-api';
import { createPortalApiClient } from './portal-api';
import { expectOneRequest, type FakeCall, fakeFetch, json, NOW } from './testing/fake-fetch';

const ORGANIZATION_ID = '0d7e4c52-6a0b-4f4e-8d5a-2f3b9e1c7a10';
const CLINIC_ID = '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';
const ID = '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';
const base = `/api/portal/organizations/${ORGANIZATION_ID}`;

const scheduling: PortalScheduling = {
  clientBooks: true,
  clinics: [
    {
      clinicId: CLINIC_ID,
      clinicName: 'Main Street Clinic',
      timeZone: 'America/Denver',
      allowRequests: true,
      requestLabel: 'Request an appointment',
      allowSelfScheduling: true,
      hours: [{ weekday: 1, hours: { opens: '08:00', closes: '17:00' } }],
      officeHoursText: null,
      reasons: [{ id: ID, name: 'Wellness exam', description: null, isDefault: true, durationMinutes: 30 }],
    },
  ],
};
const request: AppointmentRequest = {
  id: ID,
  clinicId: CLINIC_ID,
  clinicName: 'Main Street Clinic',
  clientId: ID,
  clientName: 'Jamie Rivera',
  date: '2030-06-03',
  timeOfDay: 'afternoon',
  reasonId: ID,
  reasonName: 'Wellness exam',
  message: null,
  status: 'pending',
  declineMessage: null,
  appointmentId: null,
  appointmentDate: null,
  appointmentStartTime: null,
  createdAt: '2030-06-01T10:00:00.000Z',
  answeredAt: null,
};
const openTimes: OpenTimes = {
  durationMinutes: 30,
  days: [
    { date: '2030-06-03', open: true, closedReason: null, times: [{ time: '08:00', startsAt: '2030-06-03T14:00:00.000Z' }] },
    { date: '2030-06-04', open: false, closedReason: 'Staff training', times: [] },
  ],
};
const booked: PortalAppointment = {
  id: ID,
  clinicId: CLINIC_ID,
  clinicName: 'Main Street Clinic',
  typeName: 'Wellness exam',
  category: 'wellness',
  date: '2030-06-03',
  startTime: '08:00',
  startsAt: '2030-06-03T14:00:00.000Z',
  status: 'scheduled',
  capacityLabel: null,
  animal: null,
  locked: false,
  lockedReason: null,
};

const requestInput = { clinicId: CLINIC_ID, date: '2030-06-03', timeOfDay: 'afternoon' as const, reasonId: ID, message: null };
const selfSchedule = { clinicId: CLINIC_ID, reasonId: ID, date: '2030-06-03', startTime: '08:00' };

/** The portal's scheduling API, signed in as `t1`, on a fake `fetch`. */
function fakeApi(answer: (call: FakeCall) => Response) {
  const { fetch, calls } = fakeFetch(answer);
  const client = createPortalApiClient({ fetch, locks: null, now: () => NOW });
  client.setSession({ accessToken: 't1', accessTokenExpiresAt: new Date(NOW + 15 * 60_000).toISOString() });
  return { api: clientSchedulingApi(client), calls };
}
type Api = ReturnType<typeof clientSchedulingApi>;

describe('clientSchedulingApi requests', () => {
  it.each([
    ['scheduling', (api: Api) => api.scheduling(ORGANIZATION_ID), 'GET', `${base}/scheduling`, undefined, 200, scheduling],
    [
      'openTimes',
      (api: Api) => api.openTimes(ORGANIZATION_ID, CLINIC_ID, { reasonId: ID, from: '2030-06-03', to: '2030-06-04' }),
      'GET',
      `${base}/clinics/${CLINIC_ID}/open-times?reasonId=${ID}&from=2030-06-03&to=2030-06-04`,
      undefined,
      200,
      openTimes,
    ],
    ['requests', (api: Api) => api.requests(ORGANIZATION_ID), 'GET', `${base}/appointment-requests`, undefined, 200, [request]],
    ['createRequest', (api: Api) => api.createRequest(ORGANIZATION_ID, requestInput), 'POST', `${base}/appointment-requests`, requestInput, 201, request],
    ['selfSchedule', (api: Api) => api.selfSchedule(ORGANIZATION_ID, selfSchedule), 'POST', `${base}/self-scheduled-appointments`, selfSchedule, 201, booked],
  ] as const)('%s: %s %s', async (_name, call, method, url, body, status, answer) => {
    const { api, calls } = fakeApi(() => json(status, answer));

    await expect(call(api)).resolves.toEqual(answer);

    expectOneRequest(calls, { method, url, body });
  });

  it('escapes the ids put in the path', async () => {
    const { api, calls } = fakeApi(() => json(200, openTimes));
    await api.openTimes('../users', 'a/b', { reasonId: ID, from: '2030-06-03', to: '2030-06-04' });
    expect(calls[0].url).toBe(`/api/portal/organizations/..%2Fusers/clinics/a%2Fb/open-times?reasonId=${ID}&from=2030-06-03&to=2030-06-04`);
  });

  it('keeps the field a refusal names, e.g. a time taken meanwhile', async () => {
    const { api } = fakeApi(() =>
      json(409, { code: 'CONFLICT', message: 'That time was just taken', details: { issues: [{ path: 'startTime', message: 'That time was just taken' }] } }),
    );
    const error = (await api.selfSchedule(ORGANIZATION_ID, selfSchedule).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(409);
    expect(error.issueFor('startTime')).toBe('That time was just taken');
  });

  it('refuses an answer that does not match the contract', async () => {
    const { api } = fakeApi(() => json(200, { clinics: [{ ...scheduling.clinics[0], reasons: [{ id: 'nope' }] }] }));
    await expect(api.scheduling(ORGANIZATION_ID)).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });
});
