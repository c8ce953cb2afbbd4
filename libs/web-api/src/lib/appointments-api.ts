import {
  type Appointment,
  type AppointmentAction,
  type AppointmentAnimalInput,
  appointmentSchema,
  type BookAppointmentInput,
  type BookedAppointments,
  bookedAppointmentsSchema,
  type Calendar,
  type CalendarQuery,
  calendarSchema,
  type MoveAppointmentInput,
  type ReleaseAppointmentsInput,
} from '@tailwise/contracts';
import { z } from 'zod';
import type { ApiClient } from './api-client';
import { queryString } from './clients-api';

const appointmentListSchema = z.array(appointmentSchema);

const segment = (id: string) => encodeURIComponent(id);

/**
 * The Calendar (`/api/hq/clinics/:clinicId/...`) and a client's appointments
 * (`/api/hq/clients/:clientId/appointments`). Any staff member reads; booking and every change
 * need the Manage schedule permission. Refusals (a closed day, a full capacity category, a
 * disabled client, a change the status no longer allows) are 409s whose `issues` name the
 * field when there is one. Every answer is parsed with its contract.
 */
export function appointmentsApi(client: ApiClient) {
  const clinic = (clinicId: string) => `/clinics/${segment(clinicId)}`;
  const appointment = (clinicId: string, appointmentId: string) => `${clinic(clinicId)}/appointments/${segment(appointmentId)}`;
  return {
    /** The clinic's days from `from` to `to` (at most 42), each with its hours, counts and capacity, and their appointments. */
    calendar(clinicId: string, range: CalendarQuery, signal?: AbortSignal): Promise<Calendar> {
      return client.request(`${clinic(clinicId)}/calendar${queryString(range)}`, calendarSchema, { signal });
    },

    /** One appointment, or (with `places`) that many surgery places, each its own appointment. */
    book(clinicId: string, body: BookAppointmentInput): Promise<BookedAppointments> {
      return client.request(`${clinic(clinicId)}/appointments`, bookedAppointmentsSchema, { method: 'POST', body });
    },

    get(clinicId: string, appointmentId: string, signal?: AbortSignal): Promise<Appointment> {
      return client.request(appointment(clinicId, appointmentId), appointmentSchema, { signal });
    },

    /** Another date or time; a surgery place is checked against the new day's capacity. */
    move(clinicId: string, appointmentId: string, body: MoveAppointmentInput): Promise<Appointment> {
      return client.request(`${appointment(clinicId, appointmentId)}/time`, appointmentSchema, { method: 'PUT', body });
    },

    /** Check In, Check Out, Cancel or No-Show; refused with a 409 when the status does not allow it. */
    act(clinicId: string, appointmentId: string, action: AppointmentAction): Promise<Appointment> {
      return client.request(`${appointment(clinicId, appointmentId)}/${action}`, appointmentSchema, { method: 'POST' });
    },

    /** Makes volume clients' appointments visible in their portal. */
    async release(clinicId: string, body: ReleaseAppointmentsInput): Promise<Appointment[]> {
      const released = await client.request(`${clinic(clinicId)}/appointments/release`, bookedAppointmentsSchema, { method: 'POST', body });
      return released.appointments;
    },

    /** The animal an appointment is for, e.g. filling in a released surgery place. */
    setAnimal(clinicId: string, appointmentId: string, body: AppointmentAnimalInput): Promise<Appointment> {
      return client.request(`${appointment(clinicId, appointmentId)}/animal`, appointmentSchema, { method: 'PUT', body });
    },

    /** A client's appointments at every clinic of the organization. */
    forClient(clientId: string, signal?: AbortSignal): Promise<Appointment[]> {
      return client.request(`/clients/${segment(clientId)}/appointments`, appointmentListSchema, { signal });
    },
  };
}

export type AppointmentsApi = ReturnType<typeof appointmentsApi>;
