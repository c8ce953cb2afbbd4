import { queryOptions } from '@tanstack/react-query';
import { api } from '../app/api';

// An emailed link is checked once: a refusal (used, replaced, expired) would only be repeated,
// so it is kept rather than asked again on remount; the page offers Try Again when no answer came.
const ONCE = { staleTime: Infinity, retryOnMount: false } as const;

/** What an invitation or claim link offers. */
export const invitationQuery = (token: string) =>
  queryOptions({ queryKey: ['invitation', token] as const, queryFn: () => api.checkInvitation(token), ...ONCE });

/** What a set-password link is for: a first password (invite) or a reset. */
export const passwordLinkQuery = (token: string) =>
  queryOptions({ queryKey: ['password-link', token] as const, queryFn: () => api.checkPasswordToken(token), ...ONCE });
