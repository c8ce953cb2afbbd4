import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import {
  appointmentSchema,
  appointmentTypeSchema,
  bookedAppointmentsSchema,
  calendarSchema,
  capacityRuleSchema,
  type Animal,
  type Appointment,
  type AppointmentAction,
  type AppointmentType,
  type BookAppointmentInput,
  type Calendar,
  type CalendarDay,
  type CapacityRule,
  type Client,
} from '@tailwise/contracts';
import { animalInput, expectShape, expectStatus, hqClients, individualClientInput, volumeClientInput } from './clients';
import { answersWithin } from './http';
import { newOrganization, signUp } from './organizations';
import { bearer } from './tokens';

/** Open 08:00–17:00 every day of the week, so any date a test picks is open unless closed on purpose. */
export const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, hours: { opens: '08:00', closes: '17:00' } }));

/** The date `days` after today's (UTC): with weeks to spare, no test books in the clinic's past. */
export function dateInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A clinic's setup and appointment routes, called as one staff member. */
export function scheduling(request: APIRequestContext, accessToken: string, clinicId: string) {
  const headers = { ...bearer(accessToken), cookie: '' };
  const clinic = `/api/hq/clinics/${clinicId}`;
  const appointment = (id: string) => `${clinic}/appointments/${id}`;
  const api = {
    // ---- setup
    setup: () => request.get(`${clinic}/setup`, { headers }),
    hours: (days: unknown) => request.put(`${clinic}/hours`, { headers, data: { days } }),
    addClosure: (body: unknown) => request.post(`${clinic}/closures`, { headers, data: body }),
    addType: (body: unknown) => request.post(`${clinic}/appointment-types`, { headers, data: body }),
    capacity: (rules: unknown[]) => request.put(`${clinic}/capacity-rules`, { headers, data: { rules } }),

    // ---- calendar and appointments (raw)
    calendar: (from: string, to: string = from) => request.get(`${clinic}/calendar?from=${from}&to=${to}`, { headers }),
    calendarRaw: (query: string) => request.get(`${clinic}/calendar${query}`, { headers }),
    book: (body: unknown) => request.post(`${clinic}/appointments`, { headers, data: body }),
    get: (id: string) => request.get(appointment(id), { headers }),
    move: (id: string, body: unknown) => request.put(`${appointment(id)}/time`, { headers, data: body }),
    act: (id: string, action: AppointmentAction) => request.post(`${appointment(id)}/${action}`, { headers }),
    release: (appointmentIds: string[]) => request.post(`${clinic}/appointments/release`, { headers, data: { appointmentIds } }),
    setAnimal: (id: string, body: unknown) => request.put(`${appointment(id)}/animal`, { headers, data: body }),
    clientAppointments: (clientId: string) => request.get(`/api/hq/clients/${clientId}/appointments`, { headers }),

    // ---- asserted
    async bookOk(body: BookAppointmentInput): Promise<Appointment[]> {
      return bookedOf(await api.book(body));
    },
    /**
     * Books once scheduling has heard of the client and animal from the clients service's
     * events (each on its own consumer): until then the booking answers 404 for the client or
     * 400 naming `animalId` and books nothing, so it is simply repeated.
     */
    async bookOnceKnown(body: BookAppointmentInput): Promise<Appointment[]> {
      const started = Date.now();
      for (;;) {
        const res = await api.book(body);
        if (!(await notKnownYet(res)) || Date.now() - started > 10_000) return bookedOf(res);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async calendarOk(from: string, to: string = from): Promise<Calendar> {
      const res = await api.calendar(from, to);
      await expectStatus(res, 200);
      return expectShape(calendarSchema, await res.json(), 'calendar');
    },
    /** One day of the calendar with its appointments. */
    async dayOk(date: string): Promise<{ day: CalendarDay; appointments: Appointment[] }> {
      const calendar = await api.calendarOk(date);
      expect(calendar.days.map((d) => d.date)).toEqual([date]);
      return { day: calendar.days[0], appointments: calendar.appointments.filter((a) => a.date === date) };
    },
    async getOk(id: string): Promise<Appointment> {
      return appointmentOf(await api.get(id), 200);
    },
    async moveOk(id: string, body: unknown): Promise<Appointment> {
      return appointmentOf(await api.move(id, body), 200);
    },
    async actOk(id: string, action: AppointmentAction): Promise<Appointment> {
      return appointmentOf(await api.act(id, action), 200);
    },
    async setAnimalOk(id: string, body: unknown): Promise<Appointment> {
      return appointmentOf(await api.setAnimal(id, body), 200);
    },
    async clientAppointmentsOk(clientId: string): Promise<Appointment[]> {
      const res = await api.clientAppointments(clientId);
      await expectStatus(res, 200);
      const body: unknown = await res.json();
      expect(Array.isArray(body), `client appointments is not an array: ${JSON.stringify(body).slice(0, 200)}`).toBe(true);
      return (body as unknown[]).map((a, i) => expectShape(appointmentSchema, a, `client appointment ${i}`));
    },
  };
  return api;
}

export type Scheduling = ReturnType<typeof scheduling>;

async function notKnownYet(res: APIResponse): Promise<boolean> {
  if (res.status() === 404) return true;
  if (res.status() !== 400) return false;
  const issues = ((await res.json()) as { details?: { issues?: { path: string }[] } }).details?.issues ?? [];
  return issues.length > 0 && issues.every((i) => i.path === 'animalId');
}

async function bookedOf(res: APIResponse): Promise<Appointment[]> {
  await expectStatus(res, 201);
  return expectShape(bookedAppointmentsSchema, await res.json(), 'booked appointments').appointments;
}

async function appointmentOf(res: APIResponse, status: number): Promise<Appointment> {
  await expectStatus(res, status);
  return expectShape(appointmentSchema, await res.json(), 'appointment');
}

/** A new organization and its clinic, once scheduling has heard of the clinic from identity's event. */
export async function schedulingClinic(request: APIRequestContext) {
  const org = await signUp(request, newOrganization());
  const me = (await (await request.get('/api/hq/me', { headers: { ...bearer(org.accessToken), cookie: '' } })).json()) as {
    clinics: { id: string; timeZone: string }[];
  };
  const clinicId = me.clinics[0].id;
  const api = scheduling(request, org.accessToken, clinicId);
  await answersWithin(() => api.setup(), 200, 5_000);
  return { org, clinicId, api };
}

/** The day-capacity categories of a bookable clinic: three cats, one dog; nothing else has a place. */
export const CAPACITY = { cats: { label: 'Cats', species: 'cat', limit: 3 }, dogs: { label: 'Dogs', species: 'dog', limit: 1 } } as const;

export interface BookableClinic {
  org: Awaited<ReturnType<typeof signUp>>;
  clinicId: string;
  api: Scheduling;
  surgery: AppointmentType;
  wellness: AppointmentType;
  cats: CapacityRule;
  dogs: CapacityRule;
  /** A rescue: books surgery places with no animal yet. */
  volume: Client;
  /** An owner with one cat. */
  individual: Client;
  cat: Animal;
  /** A date closed by a closure. */
  closedDate: string;
}

/**
 * A clinic ready for booking: open every day, a surgery type (60 min) and a wellness type
 * (30 min), day capacity for cats (3) and dogs (1), a closure, a volume client and an
 * individual client with a cat. Scheduling learns the clients from events: the first booking
 * of each goes through `bookOnceKnown`.
 */
export async function bookableClinic(request: APIRequestContext): Promise<BookableClinic> {
  const { org, clinicId, api } = await schedulingClinic(request);
  await expectStatus(await api.hours(EVERY_DAY), 200);
  const closedDate = dateInDays(20);
  await expectStatus(await api.addClosure({ startDate: closedDate, endDate: closedDate, reason: 'Staff training' }), 201);
  const surgery = await typeOf(await api.addType({ name: 'Spay/neuter', category: 'surgery', defaultDurationMinutes: 60 }));
  const wellness = await typeOf(await api.addType({ name: 'Wellness exam', category: 'wellness', defaultDurationMinutes: 30 }));
  const rulesRes = await api.capacity([CAPACITY.cats, CAPACITY.dogs]);
  await expectStatus(rulesRes, 200);
  const rules = ((await rulesRes.json()) as unknown[]).map((r, i) => expectShape(capacityRuleSchema, r, `capacity rule ${i}`));
  const byLabel = (label: string) => {
    const rule = rules.find((r) => r.label === label);
    if (!rule) throw new Error(`the clinic has no capacity rule ${label}`);
    return rule;
  };

  const clients = hqClients(request, org.accessToken);
  const volume = await clients.createOk(volumeClientInput());
  const individual = await clients.createOk(individualClientInput());
  const cat = await clients.createAnimalOk(individual.id, animalInput({ species: 'cat', sex: 'female', weightKg: 3.5 }));
  return { org, clinicId, api, surgery, wellness, cats: byLabel(CAPACITY.cats.label), dogs: byLabel(CAPACITY.dogs.label), volume, individual, cat, closedDate };
}

async function typeOf(res: APIResponse): Promise<AppointmentType> {
  await expectStatus(res, 201);
  return expectShape(appointmentTypeSchema, await res.json(), 'appointment type');
}
