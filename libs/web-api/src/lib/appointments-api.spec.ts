import type { Appointment, Calendar } from '@tailwise/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { appointmentsApi } from './appointments-api';
import { expectOneRequest, type FakeCall, fakeHqApi, json } from './testing/fake-fetch';

const CLINIC_ID = '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';
const ID = '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';
const CLIENT_ID = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const base = `/api/hq/clinics/${CLINIC_ID}`;

const appointment: Appointment = {
  id: ID,
  clinicId: CLINIC_ID,
  clientId: CLIENT_ID,
  clientName: 'Alley Cat Rescue',
  clientKind: 'volume',
  appointmentTypeId: ID,
  typeName: 'Spay/neuter',
  category: 'surgery',
  date: '2030-06-03',
  startTime: '08:00',
  durationMinutes: 60,
  startsAt: '2030-06-03T13:00:00.000Z',
  endsAt: '2030-06-03T14:00:00.000Z',
  status: 'scheduled',
  released: true,
  capacityRuleId: ID,
  capacityLabel: 'Cats',
  animal: null,
  notes: null,
  source: 'staff',
  checkedInAt: null,
  checkedOutAt: null,
  createdAt: '2030-06-01T10:00:00.000Z',
  updatedAt: '2030-06-01T10:00:00.000Z',
};
const calendar: Calendar = {
  days: [
    {
      date: '2030-06-03',
      open: true,
      closedReason: null,
      opens: '08:00',
      closes: '17:00',
      counts: { surgery: 1, wellness: 0, boarding: 0, 'all-day': 0, other: 0 },
      capacity: [{ ruleId: ID, label: 'Cats', limit: 3, booked: 1 }],
    },
  ],
  appointments: [appointment],
};

const booking = { clientId: CLIENT_ID, appointmentTypeId: ID, date: '2030-06-03', startTime: '08:00', places: 3, capacityRuleId: ID, release: true };
const move = { date: '2030-06-04', startTime: '09:30' };
const animal = { name: 'Tom', species: 'cat' as const, sex: 'male' as const, weightKg: 4.2, arrivingInTrap: true };
const release = { appointmentIds: [ID] };

const fakeApi = (answer: (call: FakeCall) => Response) => fakeHqApi(appointmentsApi, answer);
type Api = ReturnType<typeof appointmentsApi>;

describe('appointmentsApi requests', () => {
  it.each([
    ['calendar', (api: Api) => api.calendar(CLINIC_ID, { from: '2030-06-03', to: '2030-06-09' }), 'GET', `${base}/calendar?from=2030-06-03&to=2030-06-09`, undefined, 200, calendar, calendar],
    ['book', (api: Api) => api.book(CLINIC_ID, booking), 'POST', `${base}/appointments`, booking, 201, { appointments: [appointment] }, { appointments: [appointment] }],
    ['get', (api: Api) => api.get(CLINIC_ID, ID), 'GET', `${base}/appointments/${ID}`, undefined, 200, appointment, appointment],
    ['move', (api: Api) => api.move(CLINIC_ID, ID, move), 'PUT', `${base}/appointments/${ID}/time`, move, 200, appointment, appointment],
    ['check in', (api: Api) => api.act(CLINIC_ID, ID, 'check-in'), 'POST', `${base}/appointments/${ID}/check-in`, undefined, 200, appointment, appointment],
    ['check out', (api: Api) => api.act(CLINIC_ID, ID, 'check-out'), 'POST', `${base}/appointments/${ID}/check-out`, undefined, 200, appointment, appointment],
    ['cancel', (api: Api) => api.act(CLINIC_ID, ID, 'cancel'), 'POST', `${base}/appointments/${ID}/cancel`, undefined, 200, appointment, appointment],
    ['no-show', (api: Api) => api.act(CLINIC_ID, ID, 'no-show'), 'POST', `${base}/appointments/${ID}/no-show`, undefined, 200, appointment, appointment],
    ['release', (api: Api) => api.release(CLINIC_ID, release), 'POST', `${base}/appointments/release`, release, 200, { appointments: [appointment] }, [appointment]],
    ['setAnimal', (api: Api) => api.setAnimal(CLINIC_ID, ID, animal), 'PUT', `${base}/appointments/${ID}/animal`, animal, 200, appointment, appointment],
    ['forClient', (api: Api) => api.forClient(CLIENT_ID), 'GET', `/api/hq/clients/${CLIENT_ID}/appointments`, undefined, 200, [appointment], [appointment]],
  ] as const)('%s: %s %s', async (_name, call, method, url, body, status, answer, result) => {
    const { api, calls } = fakeApi(() => json(status, answer));

    await expect(call(api)).resolves.toEqual(result);

    expectOneRequest(calls, { method, url, body });
  });

  it('escapes ids put in the path', async () => {
    const { api, calls } = fakeApi(() => json(404, { code: 'NOT_FOUND', message: 'Appointment not found' }));
    await expect(api.act('../x', '../y', 'cancel')).rejects.toMatchObject({ status: 404 });
    expect(calls[0].url).toBe('/api/hq/clinics/..%2Fx/appointments/..%2Fy/cancel');
  });

  it('keeps the field a booking refusal names', async () => {
    const { api } = fakeApi(() =>
      json(409, {
        code: 'CONFLICT',
        message: 'Cats is full on Jun 3, 2030',
        details: { issues: [{ path: 'places', message: 'Only 2 places left in Cats on Jun 3, 2030' }] },
      }),
    );
    const error = (await api.book(CLINIC_ID, booking).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(409);
    expect(error.issueFor('places')).toBe('Only 2 places left in Cats on Jun 3, 2030');
  });

  it('refuses an answer that does not match the contract', async () => {
    const { api } = fakeApi(() => json(200, { ...calendar, appointments: [{ ...appointment, status: 'lost' }] }));
    await expect(api.calendar(CLINIC_ID, { from: '2030-06-03', to: '2030-06-03' })).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });
});
