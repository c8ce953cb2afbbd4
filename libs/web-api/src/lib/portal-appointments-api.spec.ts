import type { PortalAppointment } from '@tailwise/contracts';
import { describe, expect, it } from 'vitest';
import { portalAppointmentsApi } from './portal-appointments-api';
import { createPortalApiClient } from './portal-api';
import { expectOneRequest, type FakeCall, fakeFetch, json, NOW } from './testing/fake-fetch';

const ORGANIZATION_ID = '0d7e4c52-6a0b-4f4e-8d5a-2f3b9e1c7a10';
const APPOINTMENT_ID = '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';
const base = `/api/portal/organizations/${ORGANIZATION_ID}/appointments`;

const appointment: PortalAppointment = {
  id: APPOINTMENT_ID,
  clinicId: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d',
  clinicName: 'Main Street Clinic',
  typeName: 'Spay/neuter',
  category: 'surgery',
  date: '2030-01-15',
  startTime: '08:00',
  startsAt: '2030-01-15T14:00:00.000Z',
  status: 'scheduled',
  capacityLabel: 'Cats',
  animal: null,
  locked: false,
  lockedReason: null,
};
const animal = { name: 'Whiskers', species: 'cat' as const, sex: 'female' as const, weightKg: 3.2, arrivingInTrap: true };

/** The portal's appointments API, signed in as `t1`, on a fake `fetch`. */
function fakeApi(answer: (call: FakeCall) => Response) {
  const { fetch, calls } = fakeFetch(answer);
  const client = createPortalApiClient({ fetch, locks: null, now: () => NOW });
  client.setSession({ accessToken: 't1', accessTokenExpiresAt: new Date(NOW + 15 * 60_000).toISOString() });
  return { api: portalAppointmentsApi(client), calls };
}

describe('portalAppointmentsApi', () => {
  it("lists a linked organization's released appointments", async () => {
    const { api, calls } = fakeApi(() => json(200, [appointment]));
    await expect(api.list(ORGANIZATION_ID)).resolves.toEqual([appointment]);
    expectOneRequest(calls, { method: 'GET', url: base, body: undefined });
  });

  it('puts the animal of one appointment and reads the appointment back', async () => {
    const filled = { ...appointment, animal: { animalId: null, ...animal } };
    const { api, calls } = fakeApi(() => json(200, filled));
    await expect(api.setAnimal(ORGANIZATION_ID, APPOINTMENT_ID, animal)).resolves.toEqual(filled);
    expectOneRequest(calls, { method: 'PUT', url: `${base}/${APPOINTMENT_ID}/animal`, body: animal });
  });

  it('deletes an appointment and reads nothing from the 204', async () => {
    const { api, calls } = fakeApi(() => new Response(null, { status: 204 }));
    await expect(api.remove(ORGANIZATION_ID, APPOINTMENT_ID)).resolves.toBeUndefined();
    expectOneRequest(calls, { method: 'DELETE', url: `${base}/${APPOINTMENT_ID}`, body: undefined });
  });

  it("passes a refusal on with its reason and the field it names", async () => {
    const { api } = fakeApi(() =>
      json(409, { code: 'CONFLICT', message: 'No place left for Cats on 2030-01-15', details: { issues: [{ path: 'animal', message: 'No place left for Cats on 2030-01-15' }] } }),
    );
    const refusal = api.setAnimal(ORGANIZATION_ID, APPOINTMENT_ID, animal);
    await expect(refusal).rejects.toMatchObject({ status: 409, message: 'No place left for Cats on 2030-01-15' });
    await expect(refusal.catch((error: { issueFor(path: string): string | undefined }) => error.issueFor('animal'))).resolves.toBe('No place left for Cats on 2030-01-15');
  });

  it('escapes the ids put in the path', async () => {
    const { api, calls } = fakeApi(() => new Response(null, { status: 204 }));
    await api.remove('../users', 'a/b');
    expect(calls[0].url).toBe('/api/portal/organizations/..%2Fusers/appointments/a%2Fb');
  });
});
