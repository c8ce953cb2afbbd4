import { isApiError } from '@tailwise/web-api';

/** The form-level message for a failed sign-in (field problems are shown on the fields). */
export function signInErrorMessage(error: unknown): string {
  if (!isApiError(error)) return 'Something went wrong, try again';
  if (error.status === 401) return 'Email or password is incorrect';
  if (error.status === 429) return 'Too many attempts, try again later';
  return error.message;
}

/** The form-level message for a failed sign-up. */
export function signUpErrorMessage(error: unknown): string {
  if (!isApiError(error)) return 'Something went wrong, try again';
  if (error.status === 429) return 'Too many attempts, try again later';
  return error.message;
}
