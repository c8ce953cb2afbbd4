import { queryOptions } from '@tanstack/react-query';
import { api } from '../app/api';

/** Keyed by account as well: another login in the same tab must never see these. */
export const animalsQuery = (accountId: string, organizationId: string) =>
  queryOptions({
    queryKey: ['animals', accountId, organizationId] as const,
    queryFn: ({ signal }) => api.animals(organizationId, signal),
  });
