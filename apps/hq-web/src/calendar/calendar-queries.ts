import type { CalendarQuery } from '@tailwise/contracts';
import type { HqOpenTimesQuery } from '@tailwise/web-api';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { appointmentRequestsService, appointmentsService } from '../app/api';

/**
 * Every query about appointments starts with `appointments`: one invalidation refreshes the
 * calendar, the client profiles, the requests (accepting one books) and the open times after a change.
 */
export const appointmentKeys = {
  all: ['appointments'] as const,
  calendar: (clinicId: string, range: CalendarQuery) => ['appointments', 'calendar', clinicId, range] as const,
  forClient: (clientId: string) => ['appointments', 'client', clientId] as const,
  requests: (clinicId: string) => ['appointments', 'requests', clinicId] as const,
  openTimes: (clinicId: string, query: HqOpenTimesQuery) => ['appointments', 'open-times', clinicId, query] as const,
};

export const calendarQuery = (clinicId: string, range: CalendarQuery) =>
  queryOptions({
    queryKey: appointmentKeys.calendar(clinicId, range),
    queryFn: ({ signal }) => appointmentsService.calendar(clinicId, range, signal),
  });

/** All of the clinic's requests, answered ones too; the page puts the pending ones first. */
export const appointmentRequestsQuery = (clinicId: string) =>
  queryOptions({ queryKey: appointmentKeys.requests(clinicId), queryFn: ({ signal }) => appointmentRequestsService.list(clinicId, undefined, signal) });

export const openTimesQuery = (clinicId: string, query: HqOpenTimesQuery) =>
  queryOptions({ queryKey: appointmentKeys.openTimes(clinicId, query), queryFn: ({ signal }) => appointmentRequestsService.openTimes(clinicId, query, signal) });

export const clientAppointmentsQuery = (clientId: string) =>
  queryOptions({ queryKey: appointmentKeys.forClient(clientId), queryFn: ({ signal }) => appointmentsService.forClient(clientId, signal) });

/**
 * A booking or a change to an appointment; afterwards the calendar is read again, as a change
 * moves counts and capacity too (and a client's visit dates, shown on its profile).
 */
export function useAppointmentChange<TInput, TResult>(change: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: appointmentKeys.all }),
  });
}
