import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { clinicSetupService } from '../app/api';

export const clinicSetupKeys = {
  all: ['clinic-setup'] as const,
  one: (clinicId: string) => ['clinic-setup', clinicId] as const,
};

export const clinicSetupQuery = (clinicId: string) =>
  queryOptions({ queryKey: clinicSetupKeys.one(clinicId), queryFn: ({ signal }) => clinicSetupService.setup(clinicId, signal) });

/** A change to one clinic's setup; the whole setup is read again after it (a new default reason clears the last, and so on). */
export function useClinicSetupChange<TInput, TResult>(clinicId: string, change: (clinicId: string, input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TInput) => change(clinicId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clinicSetupKeys.one(clinicId) }),
  });
}
