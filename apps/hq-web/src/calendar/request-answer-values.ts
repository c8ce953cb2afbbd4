import { type AcceptRequestInput, acceptRequestInputSchema, type DeclineRequestInput } from '@tailwise/contracts';
import { z } from 'zod';

/** The Accept form as it holds its values; an empty choice means "not chosen". */
export interface AcceptValues {
  date: string;
  startTime: string;
  appointmentTypeId: string;
  animalId: string;
}

export const ACCEPT_FIELDS = ['date', 'startTime', 'appointmentTypeId', 'animalId'] as const;

/**
 * The booking that answers the request: the type chosen (the reason's unless changed; none
 * leaves it to the reason), and the animal when one is picked.
 */
export function acceptToBody(values: AcceptValues): AcceptRequestInput {
  return {
    date: values.date,
    startTime: values.startTime,
    ...(values.appointmentTypeId ? { appointmentTypeId: values.appointmentTypeId } : {}),
    animalId: values.animalId || null,
  };
}

/** The contract, with words for an empty start time (its own would be about the format). */
export const acceptFormSchema = z.looseObject({ startTime: z.string().min(1, { error: 'Enter a start time' }) }).pipe(acceptRequestInputSchema);

/** The field that shows a refusal's issue: the accept body's own paths, as the gateway (`accept.`) or the booking (`appointment.`) name them. */
export function acceptFieldOf(path: string): (typeof ACCEPT_FIELDS)[number] | null {
  const field = path.replace(/^(accept|appointment)\./, '');
  return (ACCEPT_FIELDS as readonly string[]).includes(field) ? (field as (typeof ACCEPT_FIELDS)[number]) : null;
}

export interface DeclineValues {
  message: string;
}

export const declineToBody = (values: DeclineValues): DeclineRequestInput => ({ message: values.message.trim() || null });
