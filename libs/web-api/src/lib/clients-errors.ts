import { deleteRefusalSchema } from '@tailwise/contracts';
import type { z } from 'zod';
import { isApiError } from './api-error';
import type { FormFailure } from './auth-errors';

export type DeleteRefusal = z.infer<typeof deleteRefusalSchema>;

/** Why the server refused to delete a client (a 409 naming the records it still has), or `null` for any other failure. */
export function deleteRefusalOf(error: unknown): DeleteRefusal | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const parsed = deleteRefusalSchema.safeParse(error.details);
  return parsed.success ? parsed.data : null;
}

/** "2 animals and 1 appointment", from the counts a refusal names; records with a count of 0 are left out. */
export function recordCountsText(records: Readonly<Record<string, number>>): string {
  const parts = Object.entries(records)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${count} ${recordNoun(kind, count)}`);
  if (parts.length === 0) return 'records';
  if (parts.length === 1) return parts[0];
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** What the profile says when a delete is refused; the Disable button sits beside it. */
export function deleteRefusalMessage(clientName: string, refusal: DeleteRefusal, alreadyDisabled = false): string {
  const why = `${clientName} can't be deleted because it has ${recordCountsText(refusal.records)}.`;
  return alreadyDisabled
    ? `${why} It is already disabled, so it can't be booked for new appointments.`
    : `${why} Disable it instead: its records stay, and it can't be booked for new appointments.`;
}

/** How a client or animal form shows a failed save: field issues (400, or a 409 such as a duplicate microchip) on the fields, anything else above the form. */
export function formFailureOf(error: unknown): FormFailure {
  if (isApiError(error) && error.issues.length > 0) return { issues: error.issues };
  if (isApiError(error)) return { message: error.message };
  return { message: 'Something went wrong, try again' };
}

function recordNoun(kind: string, count: number): string {
  const words = kind
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase()
    .trim();
  if (count !== 1) return words;
  return words.endsWith('ies') ? `${words.slice(0, -3)}y` : words.replace(/s$/, '');
}
