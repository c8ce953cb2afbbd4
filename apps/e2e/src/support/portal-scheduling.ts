import { expect, type APIRequestContext } from '@playwright/test';
import { clinicSetupSchema, portalAppointmentSchema, type Appointment, type CapacityRule, type PortalAppointment } from '@tailwise/contracts';
import { expectShape, expectStatus } from './clients';
import { answersWithin } from './http';
import { CAPACITY, EVERY_DAY, dateInDays, scheduling, type Scheduling } from './scheduling';
import { bearer } from './tokens';

/** The day of every released place these helpers book: open (every day is), and ahead of any test's clock. */
export const PLACES_DATE = dateInDays(12);

export interface SurgeryClinic {
  clinicId: string;
  api: Scheduling;
  surgeryTypeId: string;
  cats: CapacityRule;
  dogs: CapacityRule;
}

/**
 * The first clinic of the staff member's organization, ready for surgery places: open every
 * day, a surgery type, and day capacity for cats (3) and dogs (1). What is set up already is
 * kept, so a test may ask twice.
 */
export async function surgeryClinic(request: APIRequestContext, accessToken: string): Promise<SurgeryClinic> {
  const me = (await (await request.get('/api/hq/me', { headers: { ...bearer(accessToken), cookie: '' } })).json()) as { clinics: { id: string }[] };
  const clinicId = me.clinics[0].id;
  const api = scheduling(request, accessToken, clinicId);
  // Scheduling learns of a new organization's clinic from identity's event.
  const setup = expectShape(clinicSetupSchema, await (await answersWithin(() => api.setup(), 200, 5_000)).json(), 'clinic setup');

  let surgeryTypeId = setup.appointmentTypes.find((type) => type.category === 'surgery')?.id;
  if (!surgeryTypeId) {
    await expectStatus(await api.hours(EVERY_DAY), 200);
    const created = await api.addType({ name: 'Spay/neuter', category: 'surgery', defaultDurationMinutes: 60 });
    await expectStatus(created, 201);
    surgeryTypeId = ((await created.json()) as { id: string }).id;
  }
  let rules = setup.capacityRules;
  if (rules.length === 0) {
    const set = await api.capacity([CAPACITY.cats, CAPACITY.dogs]);
    await expectStatus(set, 200);
    rules = (await set.json()) as CapacityRule[];
  }
  const rule = (label: string) => {
    const found = rules.find((r) => r.label === label);
    if (!found) throw new Error(`the clinic has no capacity rule ${label}`);
    return found;
  };
  return { clinicId, api, surgeryTypeId, cats: rule(CAPACITY.cats.label), dogs: rule(CAPACITY.dogs.label) };
}

/**
 * Staff book `places` surgery places for a volume client on PLACES_DATE, released to the
 * portal at once (unless `release: false`). A volume client's clinic appears in the portal
 * only once it has appointments: tests of portal access book one first.
 */
export async function releasedPlaces(
  request: APIRequestContext,
  accessToken: string,
  clientId: string,
  { places = 1, category = 'cats', release = true }: { places?: number; category?: 'cats' | 'dogs'; release?: boolean } = {},
): Promise<Appointment[]> {
  const clinic = await surgeryClinic(request, accessToken);
  return clinic.api.bookOnceKnown({
    clientId,
    appointmentTypeId: clinic.surgeryTypeId,
    date: PLACES_DATE,
    startTime: '08:00',
    places,
    capacityRuleId: clinic[category].id,
    release,
  });
}

/** The portal's Appointments routes of one linked organization, as one portal user. */
export function portalAppointments(request: APIRequestContext, accessToken: string, organizationId: string) {
  const headers = { ...bearer(accessToken), cookie: '' };
  const base = `/api/portal/organizations/${organizationId}/appointments`;
  const api = {
    list: () => request.get(base, { headers }),
    setAnimal: (id: string, body: unknown) => request.put(`${base}/${id}/animal`, { headers, data: body }),
    remove: (id: string) => request.delete(`${base}/${id}`, { headers }),
    async listOk(): Promise<PortalAppointment[]> {
      const res = await api.list();
      await expectStatus(res, 200);
      const body: unknown = await res.json();
      expect(Array.isArray(body), `the portal's appointments are not an array: ${JSON.stringify(body).slice(0, 200)}`).toBe(true);
      return (body as unknown[]).map((a, i) => expectShape(portalAppointmentSchema, a, `portal appointment ${i}`));
    },
    async setAnimalOk(id: string, body: unknown): Promise<PortalAppointment> {
      const res = await api.setAnimal(id, body);
      await expectStatus(res, 200);
      return expectShape(portalAppointmentSchema, await res.json(), 'portal appointment');
    },
  };
  return api;
}
