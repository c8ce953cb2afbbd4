import {
  type AppointmentRequest,
  type AppointmentRequestInput,
  appointmentRequestSchema,
  type OpenTimes,
  openTimesSchema,
  type PortalAppointment,
  type portalOpenTimesQuerySchema,
  type PortalScheduling,
  portalSchedulingSchema,
  selfScheduledSchema,
  type SelfScheduleInput,
} from '@tailwise/contracts';
import { z } from 'zod';
import type { ApiClient } from './api-client';
import { queryString } from './clients-api';

const requestListSchema = z.array(appointmentRequestSchema);

/** Open times for a reason over at most 31 days. */
export type PortalOpenTimesQuery = z.output<typeof portalOpenTimesQuerySchema>;

const segment = (id: string) => encodeURIComponent(id);

/**
 * A pet owner's scheduling at a linked organization
 * (`/api/portal/organizations/:organizationId/...`): what each clinic offers, appointment
 * requests, and booking an open time. Refusals (the clinic takes no requests or
 * self-scheduling, a past or closed date, a time someone took meanwhile) are 409s whose
 * `issues` name the field; an organization the account is not linked with is a 404.
 */
export function clientSchedulingApi(client: ApiClient) {
  const organization = (organizationId: string) => `/organizations/${segment(organizationId)}`;
  return {
    /** Each clinic's portal options, shown hours and active reasons. */
    scheduling(organizationId: string, signal?: AbortSignal): Promise<PortalScheduling> {
      return client.request(`${organization(organizationId)}/scheduling`, portalSchedulingSchema, { signal });
    },

    /** Each day of the range with the start times a visit for the reason fits. */
    openTimes(organizationId: string, clinicId: string, query: PortalOpenTimesQuery, signal?: AbortSignal): Promise<OpenTimes> {
      return client.request(`${organization(organizationId)}/clinics/${segment(clinicId)}/open-times${queryString(query)}`, openTimesSchema, { signal });
    },

    /** The client's requests, newest first, with their outcome. */
    requests(organizationId: string, signal?: AbortSignal): Promise<AppointmentRequest[]> {
      return client.request(`${organization(organizationId)}/appointment-requests`, requestListSchema, { signal });
    },

    createRequest(organizationId: string, body: AppointmentRequestInput): Promise<AppointmentRequest> {
      return client.request(`${organization(organizationId)}/appointment-requests`, appointmentRequestSchema, { method: 'POST', body });
    },

    /** Books one open time; a time taken meanwhile is a 409 naming `startTime`. */
    selfSchedule(organizationId: string, body: SelfScheduleInput): Promise<PortalAppointment> {
      return client.request(`${organization(organizationId)}/self-scheduled-appointments`, selfScheduledSchema, { method: 'POST', body });
    },
  };
}

export type ClientSchedulingApi = ReturnType<typeof clientSchedulingApi>;
