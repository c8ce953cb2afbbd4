import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import {
  acceptedRequestSchema,
  appointmentReasonSchema,
  appointmentRequestSchema,
  meResponseSchema,
  openTimesSchema,
  portalAppointmentSchema,
  portalSchedulingSchema,
  type AcceptedRequest,
  type AppointmentReason,
  type AppointmentRequest,
  type AppointmentRequestInput,
  type OpenTimes,
  type PortalAppointment,
  type PortalOptionsInput,
  type PortalScheduling,
  type SelfScheduleInput,
} from '@tailwise/contracts';
import type { z } from 'zod';
import { expectShape, expectStatus, hqClients, individualClientInput, uniqueTag } from './clients';
import { answersWithin } from './http';
import { emailedToken, portalAuth, type PortalSession } from './portal';
import { bookableClinic, type BookableClinic } from './scheduling';
import { bearer } from './tokens';

// Pet owners (individual clients with "Allow login?") and the scheduling they do in the portal:
// appointment requests, open times and self-scheduling, with the HQ side that answers them.

export const CLAIM_SUBJECT = /client portal login/;
export const REQUEST_NOTICE_SUBJECT = /Appointment request from/;

const noCookie = { cookie: '' };

/** The organization of a staff member, as HQ's `me` names it. */
export async function organizationIdOf(request: APIRequestContext, accessToken: string): Promise<string> {
  const res = await request.get('/api/hq/me', { headers: { ...bearer(accessToken), ...noCookie } });
  await expectStatus(res, 200);
  return expectShape(meResponseSchema, await res.json(), 'hq me').organization.id;
}

/** Waits until scheduling has heard of the client from the clients service's events. */
export async function knownToScheduling(request: APIRequestContext, accessToken: string, clientId: string): Promise<void> {
  await answersWithin(() => request.get(`/api/hq/clients/${clientId}/appointments`, { headers: { ...bearer(accessToken), ...noCookie } }), 200, 10_000);
}

/**
 * An individual client of the staff member's organization with "Allow login?", signed in to
 * the portal account made through the emailed claim link, and known to scheduling.
 */
export async function petOwner(request: APIRequestContext, clinicToken: string, firstName = 'Jamie') {
  const input = individualClientInput({ allowLogin: true, firstName });
  const email = (input as { email: string }).email;
  const name = `${input.firstName} ${input.lastName}`;
  const client = await hqClients(request, clinicToken).createOk(input);
  const session: PortalSession = await portalAuth(request).newAccountOk(await emailedToken(email, CLAIM_SUBJECT), name);
  await knownToScheduling(request, clinicToken, client.id);
  const organizationId = await organizationIdOf(request, clinicToken);
  return { client, email, name, session, organizationId, scheduling: portalScheduling(request, session.accessToken, organizationId) };
}

export type PetOwner = Awaited<ReturnType<typeof petOwner>>;

export interface PetOwnerClinic extends BookableClinic {
  organizationId: string;
  /** A wellness visit (the wellness type, 30 minutes), the clinic's default reason. */
  reason: AppointmentReason;
  /** Where the clinic's request notices go. */
  noticeEmail: string;
}

/**
 * A bookable clinic (see `bookableClinic`: open 08:00–17:00 every day, one closed date) with an
 * active wellness reason, its portal taking neither requests nor self-scheduling yet.
 */
export async function petOwnerClinic(request: APIRequestContext): Promise<PetOwnerClinic> {
  const clinic = await bookableClinic(request);
  const reason = await reasonOk(request, clinic.org.accessToken, clinic.clinicId, { name: 'Wellness visit', appointmentTypeId: clinic.wellness.id, isDefault: true });
  const organizationId = await organizationIdOf(request, clinic.org.accessToken);
  return { ...clinic, organizationId, reason, noticeEmail: `front-desk-${uniqueTag()}@clinic.example.test` };
}

/** Adds an active reason to the clinic. */
export async function reasonOk(
  request: APIRequestContext,
  accessToken: string,
  clinicId: string,
  body: { name: string; appointmentTypeId: string; isDefault?: boolean },
): Promise<AppointmentReason> {
  const res = await request.post(`/api/hq/clinics/${clinicId}/reasons`, { headers: { ...bearer(accessToken), ...noCookie }, data: body });
  await expectStatus(res, 201);
  return expectShape(appointmentReasonSchema, await res.json(), 'reason');
}

/** Sets the clinic's portal options: requests (notices to `noticeEmail`) and self-scheduling on or off. */
export async function portalOptionsOk(
  request: APIRequestContext,
  clinic: PetOwnerClinic,
  { allowRequests, allowSelfScheduling }: { allowRequests: boolean; allowSelfScheduling: boolean },
): Promise<void> {
  const body: PortalOptionsInput = {
    allowRequests,
    requestLabel: 'Request an appointment',
    requestNotificationEmail: clinic.noticeEmail,
    allowSelfScheduling,
    showOfficeHours: true,
    officeHoursText: null,
  };
  const res = await request.put(`/api/hq/clinics/${clinic.clinicId}/portal-options`, { headers: { ...bearer(clinic.org.accessToken), ...noCookie }, data: body });
  await expectStatus(res, 200);
}

/** The body of a `status` answer, checked against its contract. */
async function parsed<S extends z.ZodType>(res: APIResponse, status: number, schema: S, label: string): Promise<z.output<S>> {
  await expectStatus(res, status);
  return expectShape(schema, await res.json(), label);
}

/** A bare list, each item checked against its contract. */
async function listOf<S extends z.ZodType>(res: APIResponse, schema: S, label: string): Promise<z.output<S>[]> {
  await expectStatus(res, 200);
  const body: unknown = await res.json();
  expect(Array.isArray(body), `${label} is not an array: ${JSON.stringify(body).slice(0, 200)}`).toBe(true);
  return (body as unknown[]).map((item, i) => expectShape(schema, item, `${label} ${i}`));
}

/** A portal user's scheduling routes at one linked organization. */
export function portalScheduling(request: APIRequestContext, accessToken: string, organizationId: string) {
  const headers = { ...bearer(accessToken), ...noCookie };
  const base = `/api/portal/organizations/${organizationId}`;
  const api = {
    scheduling: () => request.get(`${base}/scheduling`, { headers }),
    openTimes: (clinicId: string, query: Record<string, string>) => request.get(`${base}/clinics/${clinicId}/open-times?${new URLSearchParams(query)}`, { headers }),
    requests: () => request.get(`${base}/appointment-requests`, { headers }),
    createRequest: (body: unknown) => request.post(`${base}/appointment-requests`, { headers, data: body }),
    selfSchedule: (body: unknown) => request.post(`${base}/self-scheduled-appointments`, { headers, data: body }),

    async schedulingOk(): Promise<PortalScheduling> {
      return parsed(await api.scheduling(), 200, portalSchedulingSchema, 'portal scheduling');
    },
    async openTimesOk(clinicId: string, query: { reasonId: string; from: string; to: string }): Promise<OpenTimes> {
      return parsed(await api.openTimes(clinicId, query), 200, openTimesSchema, 'open times');
    },
    async requestsOk(): Promise<AppointmentRequest[]> {
      return listOf(await api.requests(), appointmentRequestSchema, 'portal request');
    },
    async createRequestOk(body: AppointmentRequestInput): Promise<AppointmentRequest> {
      return parsed(await api.createRequest(body), 201, appointmentRequestSchema, 'appointment request');
    },
    async selfScheduleOk(body: SelfScheduleInput): Promise<PortalAppointment> {
      return parsed(await api.selfSchedule(body), 201, portalAppointmentSchema, 'self-scheduled appointment');
    },
  };
  return api;
}

/** The calendar's Appointment Requests and open times of one clinic, as one staff member. */
export function appointmentRequests(request: APIRequestContext, accessToken: string, clinicId: string) {
  const headers = { ...bearer(accessToken), ...noCookie };
  const base = `/api/hq/clinics/${clinicId}`;
  const api = {
    list: (query = '') => request.get(`${base}/appointment-requests${query}`, { headers }),
    accept: (id: string, body: unknown) => request.post(`${base}/appointment-requests/${id}/accept`, { headers, data: body }),
    decline: (id: string, body: unknown) => request.post(`${base}/appointment-requests/${id}/decline`, { headers, data: body }),
    openTimes: (query: string) => request.get(`${base}/open-times${query}`, { headers }),

    async listOk(query = ''): Promise<AppointmentRequest[]> {
      return listOf(await api.list(query), appointmentRequestSchema, 'appointment request');
    },
    async acceptOk(id: string, body: unknown): Promise<AcceptedRequest> {
      return parsed(await api.accept(id, body), 200, acceptedRequestSchema, 'accepted request');
    },
    async declineOk(id: string, body: unknown): Promise<AppointmentRequest> {
      return parsed(await api.decline(id, body), 200, appointmentRequestSchema, 'declined request');
    },
    async openTimesOk(query: string): Promise<OpenTimes> {
      return parsed(await api.openTimes(query), 200, openTimesSchema, 'open times');
    },
  };
  return api;
}

/** The start times of one day of an answer. */
export function timesOn(openTimes: OpenTimes, date: string): string[] {
  const day = openTimes.days.find((d) => d.date === date);
  if (!day) throw new Error(`no ${date} in the open times of ${openTimes.days.map((d) => d.date).join(', ')}`);
  return day.times.map((t) => t.time);
}
