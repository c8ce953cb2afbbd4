import type { AcceptedRequest, Appointment, AppointmentRequest, OpenTimes } from '@tailwise/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { appointmentRequestsApi } from './appointment-requests-api';
import { expectOneRequest, type FakeCall, fakeHqApi, json } from './testing/fake-fetch';

const CLINIC_ID = '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';
const ID = '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';
const CLIENT_ID = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const base = `/api/hq/clinics/${CLINIC_ID}`;

const pending: AppointmentRequest = {
  id: ID,
  clinicId: CLINIC_ID,
  clinicName: 'Main Street Clinic',
  clientId: CLIENT_ID,
  clientName: 'Jamie Rivera',
  date: '2030-06-03',
  timeOfDay: 'morning',
  reasonId: ID,
  reasonName: 'Wellness exam',
  message: 'She has been sneezing',
  status: 'pending',
  declineMessage: null,
  appointmentId: null,
  appointmentDate: null,
  appointmentStartTime: null,
  createdAt: '2030-06-01T10:00:00.000Z',
  answeredAt: null,
};
const appointment: Appointment = {
  id: ID,
  clinicId: CLINIC_ID,
  clientId: CLIENT_ID,
  clientName: 'Jamie Rivera',
  clientKind: 'individual',
  appointmentTypeId: ID,
  typeName: 'Wellness exam',
  category: 'wellness',
  date: '2030-06-03',
  startTime: '09:30',
  durationMinutes: 30,
  startsAt: '2030-06-03T15:30:00.000Z',
  endsAt: '2030-06-03T16:00:00.000Z',
  status: 'scheduled',
  released: true,
  capacityRuleId: null,
  capacityLabel: null,
  animal: null,
  notes: null,
  source: 'request',
  checkedInAt: null,
  checkedOutAt: null,
  createdAt: '2030-06-02T10:00:00.000Z',
  updatedAt: '2030-06-02T10:00:00.000Z',
};
const answered = { appointmentId: ID, appointmentDate: '2030-06-03', appointmentStartTime: '09:30', answeredAt: '2030-06-02T10:00:00.000Z' };
const accepted: AcceptedRequest = { request: { ...pending, ...answered, status: 'accepted' }, appointment };
const declined: AppointmentRequest = { ...pending, status: 'declined', declineMessage: 'We are fully booked that week', answeredAt: '2030-06-02T10:00:00.000Z' };
const openTimes: OpenTimes = {
  durationMinutes: 30,
  days: [{ date: '2030-06-03', open: true, closedReason: null, times: [{ time: '09:30', startsAt: '2030-06-03T15:30:00.000Z' }] }],
};

const accept = { date: '2030-06-03', startTime: '09:30' };
const decline = { message: 'We are fully booked that week' };
const range = { appointmentTypeId: ID, from: '2030-06-03', to: '2030-06-09' };

const fakeApi = (answer: (call: FakeCall) => Response) => fakeHqApi(appointmentRequestsApi, answer);
type Api = ReturnType<typeof appointmentRequestsApi>;

describe('appointmentRequestsApi requests', () => {
  it.each([
    ['list', (api: Api) => api.list(CLINIC_ID), 'GET', `${base}/appointment-requests`, undefined, [pending]],
    ['list pending', (api: Api) => api.list(CLINIC_ID, 'pending'), 'GET', `${base}/appointment-requests?status=pending`, undefined, [pending]],
    ['accept', (api: Api) => api.accept(CLINIC_ID, ID, accept), 'POST', `${base}/appointment-requests/${ID}/accept`, accept, accepted],
    ['decline', (api: Api) => api.decline(CLINIC_ID, ID, decline), 'POST', `${base}/appointment-requests/${ID}/decline`, decline, declined],
    ['openTimes', (api: Api) => api.openTimes(CLINIC_ID, range), 'GET', `${base}/open-times?appointmentTypeId=${ID}&from=2030-06-03&to=2030-06-09`, undefined, openTimes],
    [
      'openTimes for a duration',
      (api: Api) => api.openTimes(CLINIC_ID, { ...range, durationMinutes: 45 }),
      'GET',
      `${base}/open-times?appointmentTypeId=${ID}&from=2030-06-03&to=2030-06-09&durationMinutes=45`,
      undefined,
      openTimes,
    ],
  ] as const)('%s: %s %s', async (_name, call, method, url, body, answer) => {
    const { api, calls } = fakeApi(() => json(200, answer));

    await expect(call(api)).resolves.toEqual(answer);

    expectOneRequest(calls, { method, url, body });
  });

  it('escapes ids put in the path', async () => {
    const { api, calls } = fakeApi(() => json(404, { code: 'NOT_FOUND', message: 'Appointment request not found' }));
    await expect(api.decline('../x', '../y', {})).rejects.toMatchObject({ status: 404 });
    expect(calls[0].url).toBe('/api/hq/clinics/..%2Fx/appointment-requests/..%2Fy/decline');
  });

  it('keeps the field an accept refusal names', async () => {
    const { api } = fakeApi(() =>
      json(409, { code: 'CONFLICT', message: 'The clinic is closed on Jun 3, 2030', details: { issues: [{ path: 'date', message: 'The clinic is closed that day' }] } }),
    );
    const error = (await api.accept(CLINIC_ID, ID, accept).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(409);
    expect(error.issueFor('date')).toBe('The clinic is closed that day');
  });

  it('refuses an answer that does not match the contract', async () => {
    const { api } = fakeApi(() => json(200, [{ ...pending, status: 'lost' }]));
    await expect(api.list(CLINIC_ID)).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });
});
