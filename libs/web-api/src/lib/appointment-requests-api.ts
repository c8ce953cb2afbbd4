import {
  type AcceptedRequest,
  acceptedRequestSchema,
  type AcceptRequestInput,
  type AppointmentRequest,
  appointmentRequestSchema,
  type DeclineRequestInput,
  type hqOpenTimesQuerySchema,
  type OpenTimes,
  openTimesSchema,
  type RequestStatus,
} from '@tailwise/contracts';
import { z } from 'zod';
import type { ApiClient } from './api-client';
import { queryString } from './clients-api';

const requestListSchema = z.array(appointmentRequestSchema);

/** Open times for an appointment type over at most 31 days; `durationMinutes` defaults to the type's. */
export type HqOpenTimesQuery = z.output<typeof hqOpenTimesQuerySchema>;

const segment = (id: string) => encodeURIComponent(id);

/**
 * The calendar's Appointment Requests and a clinic's open times
 * (`/api/hq/clinics/:clinicId/...`). Any staff member reads; accepting and declining need the
 * Manage schedule permission. Accepting books the appointment with the rules of any booking, so
 * a closed day or a request answered already is a 409 whose `issues` name the field. Every
 * answer is parsed with its contract.
 */
export function appointmentRequestsApi(client: ApiClient) {
  const clinic = (clinicId: string) => `/clinics/${segment(clinicId)}`;
  const request = (clinicId: string, requestId: string) => `${clinic(clinicId)}/appointment-requests/${segment(requestId)}`;
  return {
    /** Newest first; `status` narrows the list, e.g. to the pending ones. */
    list(clinicId: string, status?: RequestStatus, signal?: AbortSignal): Promise<AppointmentRequest[]> {
      return client.request(`${clinic(clinicId)}/appointment-requests${queryString({ status })}`, requestListSchema, { signal });
    },

    /** Books the appointment and marks the request accepted, in one transaction. */
    accept(clinicId: string, requestId: string, body: AcceptRequestInput): Promise<AcceptedRequest> {
      return client.request(`${request(clinicId, requestId)}/accept`, acceptedRequestSchema, { method: 'POST', body });
    },

    /** The optional message is shown to the client. */
    decline(clinicId: string, requestId: string, body: DeclineRequestInput): Promise<AppointmentRequest> {
      return client.request(`${request(clinicId, requestId)}/decline`, appointmentRequestSchema, { method: 'POST', body });
    },

    /** Each day of the range with the start times a visit of the type fits. */
    openTimes(clinicId: string, query: HqOpenTimesQuery, signal?: AbortSignal): Promise<OpenTimes> {
      return client.request(`${clinic(clinicId)}/open-times${queryString(query)}`, openTimesSchema, { signal });
    },
  };
}

export type AppointmentRequestsApi = ReturnType<typeof appointmentRequestsApi>;
