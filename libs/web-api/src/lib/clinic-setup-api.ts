import {
  type AppointmentReason,
  type AppointmentReasonInput,
  appointmentReasonSchema,
  type AppointmentType,
  type AppointmentTypeInput,
  appointmentTypeSchema,
  type CapacityRule,
  capacityRuleSchema,
  type CapacityRuleSetInput,
  type ClinicSetup,
  clinicSetupSchema,
  type Closure,
  type ClosureInput,
  closureSchema,
  type PortalOptions,
  type PortalOptionsInput,
  portalOptionsSchema,
  type WeeklyHours,
} from '@tailwise/contracts';
import { z } from 'zod';
import type { ApiClient } from './api-client';

const hoursSchema = clinicSetupSchema.shape.hours;
const capacityRuleListSchema = z.array(capacityRuleSchema);

const segment = (id: string) => encodeURIComponent(id);

/**
 * Settings → Clinic (`/api/hq/clinics/:clinicId/...`): one clinic's hours, closures,
 * appointment types, day capacity, appointment reasons and portal options. Any staff member
 * reads; changes need the Manage schedule permission. Every answer is parsed with its contract.
 */
export function clinicSetupApi(client: ApiClient) {
  const clinic = (clinicId: string) => `/clinics/${segment(clinicId)}`;
  return {
    setup(clinicId: string, signal?: AbortSignal): Promise<ClinicSetup> {
      return client.request(`${clinic(clinicId)}/setup`, clinicSetupSchema, { signal });
    },

    /** Replaces the week: all 7 days, Monday (1) to Sunday (7), each closed (`hours: null`) or one interval. */
    setHours(clinicId: string, body: WeeklyHours): Promise<WeeklyHours> {
      return client.request(`${clinic(clinicId)}/hours`, hoursSchema, { method: 'PUT', body });
    },

    createClosure(clinicId: string, body: ClosureInput): Promise<Closure> {
      return client.request(`${clinic(clinicId)}/closures`, closureSchema, { method: 'POST', body });
    },

    updateClosure(clinicId: string, closureId: string, body: ClosureInput): Promise<Closure> {
      return client.request(`${clinic(clinicId)}/closures/${segment(closureId)}`, closureSchema, { method: 'PUT', body });
    },

    removeClosure(clinicId: string, closureId: string): Promise<void> {
      return client.send(`${clinic(clinicId)}/closures/${segment(closureId)}`, { method: 'DELETE' });
    },

    /** A name the clinic already uses is refused with a 409. */
    createAppointmentType(clinicId: string, body: AppointmentTypeInput): Promise<AppointmentType> {
      return client.request(`${clinic(clinicId)}/appointment-types`, appointmentTypeSchema, { method: 'POST', body });
    },

    updateAppointmentType(clinicId: string, typeId: string, body: AppointmentTypeInput): Promise<AppointmentType> {
      return client.request(`${clinic(clinicId)}/appointment-types/${segment(typeId)}`, appointmentTypeSchema, { method: 'PUT', body });
    },

    /** A type that reasons use is refused with a 409 (deactivate it instead). */
    removeAppointmentType(clinicId: string, typeId: string): Promise<void> {
      return client.send(`${clinic(clinicId)}/appointment-types/${segment(typeId)}`, { method: 'DELETE' });
    },

    /**
     * Replaces the surgery day-capacity rules as a set; rules sent with their `id` keep it.
     * Overlapping rules are refused with a 400 naming the field, e.g. `rules.2.minWeightKg`.
     */
    setCapacityRules(clinicId: string, body: CapacityRuleSetInput): Promise<CapacityRule[]> {
      return client.request(`${clinic(clinicId)}/capacity-rules`, capacityRuleListSchema, { method: 'PUT', body });
    },

    /** Making a reason the default clears the previous default. */
    createReason(clinicId: string, body: AppointmentReasonInput): Promise<AppointmentReason> {
      return client.request(`${clinic(clinicId)}/reasons`, appointmentReasonSchema, { method: 'POST', body });
    },

    /** Deactivating the last active reason while the portal takes requests is refused with a 409. */
    updateReason(clinicId: string, reasonId: string, body: AppointmentReasonInput): Promise<AppointmentReason> {
      return client.request(`${clinic(clinicId)}/reasons/${segment(reasonId)}`, appointmentReasonSchema, { method: 'PUT', body });
    },

    removeReason(clinicId: string, reasonId: string): Promise<void> {
      return client.send(`${clinic(clinicId)}/reasons/${segment(reasonId)}`, { method: 'DELETE' });
    },

    /** Turning on requests or self-scheduling without an active reason is refused with a 409. */
    setPortalOptions(clinicId: string, body: PortalOptionsInput): Promise<PortalOptions> {
      return client.request(`${clinic(clinicId)}/portal-options`, portalOptionsSchema, { method: 'PUT', body });
    },
  };
}

export type ClinicSetupApi = ReturnType<typeof clinicSetupApi>;
