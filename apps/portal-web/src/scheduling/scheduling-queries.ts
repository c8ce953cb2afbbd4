import type { AppointmentRequestInput, PortalAppointment, SelfScheduleInput } from '@tailwise/contracts';
import type { ClientSchedulingApi } from '@tailwise/web-api';
import { type QueryClient, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { schedulingApi } from '../app/api';
import { appointmentsQuery } from '../appointments/appointment-queries';
import { useSignedInUser } from '../auth/session';

// Keyed by account as well: another login in the same tab must never see these. The API is a
// parameter so specs can hand in one over a fake fetch.

export const schedulingQuery = (accountId: string, organizationId: string, scheduling: ClientSchedulingApi = schedulingApi) =>
  queryOptions({
    queryKey: ['scheduling', accountId, organizationId] as const,
    queryFn: ({ signal }) => scheduling.scheduling(organizationId, signal),
  });

export const requestsQuery = (accountId: string, organizationId: string, scheduling: ClientSchedulingApi = schedulingApi) =>
  queryOptions({
    queryKey: ['appointment-requests', accountId, organizationId] as const,
    queryFn: ({ signal }) => scheduling.requests(organizationId, signal),
  });

export interface OpenTimesKey {
  accountId: string;
  organizationId: string;
  clinicId: string;
  reasonId: string;
  date: string;
}

/** One day's open times: what the client looks at is all that is fetched. */
export const openTimesQuery = ({ accountId, organizationId, clinicId, reasonId, date }: OpenTimesKey, scheduling: ClientSchedulingApi = schedulingApi) =>
  queryOptions({
    queryKey: ['open-times', accountId, organizationId, clinicId, reasonId, date] as const,
    queryFn: ({ signal }) => scheduling.openTimes(organizationId, clinicId, { reasonId, from: date, to: date }, signal),
  });

/** Every open-times answer of the organization: a booking, or a time taken by someone else, changes them all. */
const allOpenTimes = (accountId: string, organizationId: string) => ['open-times', accountId, organizationId] as const;

export function useCreateRequest(organizationId: string) {
  const queryClient = useQueryClient();
  const me = useSignedInUser();
  return useMutation({
    mutationFn: (body: AppointmentRequestInput) => schedulingApi.createRequest(organizationId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: requestsQuery(me.account.id, organizationId).queryKey }),
  });
}

/**
 * Booking one open time. After a booking, or a refusal (someone may have taken the time
 * meanwhile), the open times are fetched again; a booking also shows in the appointments list.
 */
export const selfScheduleMutation = (queryClient: QueryClient, accountId: string, organizationId: string, scheduling: ClientSchedulingApi = schedulingApi) => ({
  mutationFn: (body: SelfScheduleInput) => scheduling.selfSchedule(organizationId, body),
  onSettled: (booked: PortalAppointment | undefined) => {
    const refetches = [queryClient.invalidateQueries({ queryKey: allOpenTimes(accountId, organizationId) })];
    if (booked) refetches.push(queryClient.invalidateQueries({ queryKey: appointmentsQuery(accountId, organizationId).queryKey }));
    return Promise.all(refetches);
  },
});

export function useSelfSchedule(organizationId: string) {
  const queryClient = useQueryClient();
  const me = useSignedInUser();
  return useMutation(selfScheduleMutation(queryClient, me.account.id, organizationId));
}
