import { type AppointmentAnimalInput, type PortalAppointment, portalAppointmentSchema } from '@tailwise/contracts';
import { z } from 'zod';
import type { ApiClient } from './api-client';

const portalAppointmentListSchema = z.array(portalAppointmentSchema);

const segment = (id: string) => encodeURIComponent(id);

/**
 * The appointments a linked organization released to the portal account
 * (`/api/portal/organizations/:organizationId/appointments`): list, fill in the animal, delete.
 * A checked-in or checked-out appointment, or an animal over the day's capacity, is a 409 with
 * the reason; an organization the account is not linked with is a 404.
 */
export function portalAppointmentsApi(client: ApiClient) {
  const appointments = (organizationId: string) => `/organizations/${segment(organizationId)}/appointments`;
  return {
    /** By date and time; needs the View appointments permission. */
    list(organizationId: string, signal?: AbortSignal): Promise<PortalAppointment[]> {
      return client.request(appointments(organizationId), portalAppointmentListSchema, { signal });
    },

    setAnimal(organizationId: string, appointmentId: string, body: AppointmentAnimalInput): Promise<PortalAppointment> {
      return client.request(`${appointments(organizationId)}/${segment(appointmentId)}/animal`, portalAppointmentSchema, { method: 'PUT', body });
    },

    /** Needs the Delete appointments permission. */
    remove(organizationId: string, appointmentId: string): Promise<void> {
      return client.send(`${appointments(organizationId)}/${segment(appointmentId)}`, { method: 'DELETE' });
    },
  };
}

export type PortalAppointmentsApi = ReturnType<typeof portalAppointmentsApi>;
