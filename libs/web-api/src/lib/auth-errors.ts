import type { FieldIssue } from '@tailwise/contracts';
import { isApiError } from './api-error';

/** A failed submit as a form shows it: issues to put on the fields they name, or one message above the form. */
export type FormFailure = { issues: readonly FieldIssue[] } | { message: string };

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

/** How the sign-in form shows a failure: a 400's field issues on the fields, anything else as one message. */
export function signInFailure(error: unknown): FormFailure {
  if (isApiError(error) && error.code === 'VALIDATION' && error.issues.length > 0) return { issues: error.issues };
  return { message: signInErrorMessage(error) };
}

/** How the sign-up form shows a failure: field issues (e.g. an email already taken) on the fields. */
export function signUpFailure(error: unknown): FormFailure {
  if (isApiError(error) && error.issues.length > 0) return { issues: error.issues };
  return { message: signUpErrorMessage(error) };
}
