import type { AppointmentAnimalInput } from '@tailwise/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { appointmentsApi } from '../app/api';
import { useSignedInUser } from '../auth/session';

/** Keyed by account as well: another login in the same tab must never see these. */
export const appointmentsQuery = (accountId: string, organizationId: string) =>
  queryOptions({
    queryKey: ['appointments', accountId, organizationId] as const,
    queryFn: ({ signal }) => appointmentsApi.list(organizationId, signal),
  });

/**
 * After a change, or a refusal (the clinic may have checked the appointment in meanwhile),
 * the list is fetched again.
 */
function useAppointmentsChanged(organizationId: string) {
  const queryClient = useQueryClient();
  const me = useSignedInUser();
  return () => queryClient.invalidateQueries({ queryKey: appointmentsQuery(me.account.id, organizationId).queryKey });
}

export function useSetAppointmentAnimal(organizationId: string) {
  const changed = useAppointmentsChanged(organizationId);
  return useMutation({
    mutationFn: ({ appointmentId, body }: { appointmentId: string; body: AppointmentAnimalInput }) =>
      appointmentsApi.setAnimal(organizationId, appointmentId, body),
    onSettled: () => changed(),
  });
}

export function useDeleteAppointment(organizationId: string) {
  const changed = useAppointmentsChanged(organizationId);
  return useMutation({
    mutationFn: (appointmentId: string) => appointmentsApi.remove(organizationId, appointmentId),
    onSettled: () => changed(),
  });
}
