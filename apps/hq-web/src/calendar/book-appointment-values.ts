import { type AppointmentType, type BookAppointmentInput, bookAppointmentInputSchema, type ClientKind } from '@tailwise/contracts';
import { z } from 'zod';

/** The New Appointment form as it holds its values: numbers stay strings while typed or empty. */
export interface BookingValues {
  clientId: string;
  /** Known once a client is picked: volume clients may book places and release them. */
  clientKind: ClientKind | '';
  appointmentTypeId: string;
  date: string;
  startTime: string;
  durationMinutes: number | string;
  /** A volume client's surgery: one animal, or a number of places whose animals come later. */
  bookFor: 'animal' | 'places';
  animalId: string;
  places: number | string;
  capacityRuleId: string;
  release: boolean;
  notes: string;
}

export const BOOKING_FIELDS = [
  'clientId',
  'appointmentTypeId',
  'date',
  'startTime',
  'durationMinutes',
  'animalId',
  'places',
  'capacityRuleId',
  'release',
  'notes',
] as const;

export function bookingDefaults(date: string, startTime: string): BookingValues {
  return {
    clientId: '',
    clientKind: '',
    appointmentTypeId: '',
    date,
    startTime,
    durationMinutes: '',
    bookFor: 'places',
    animalId: '',
    places: 1,
    capacityRuleId: '',
    release: false,
    notes: '',
  };
}

/** Only a volume client books surgery places without animals. */
export function booksPlaces(values: Pick<BookingValues, 'clientKind' | 'bookFor'>, type: Pick<AppointmentType, 'category'> | undefined): boolean {
  return values.clientKind === 'volume' && type?.category === 'surgery' && values.bookFor === 'places';
}

const numberOrNaN = (value: number | string) => (value === '' ? Number.NaN : Number(value));

/** The booking the form asks for: places in a surgery category, or one appointment (for an animal when one is chosen). */
export function bookingToBody(values: BookingValues, types: readonly AppointmentType[]): BookAppointmentInput {
  const type = types.find((t) => t.id === values.appointmentTypeId);
  const what = booksPlaces(values, type)
    ? { places: numberOrNaN(values.places), capacityRuleId: values.capacityRuleId || null }
    : { animalId: values.animalId || null };
  return {
    clientId: values.clientId,
    appointmentTypeId: values.appointmentTypeId,
    date: values.date,
    startTime: values.startTime,
    // Empty: the type's own duration.
    ...(values.durationMinutes === '' ? {} : { durationMinutes: Number(values.durationMinutes) }),
    ...what,
    release: values.clientKind === 'volume' && values.release,
    notes: values.notes,
  };
}

/** The contract, with words for the empty choices (its own would be about a UUID) and for numbers left empty. */
export const bookingFormSchema = z
  .looseObject({
    clientId: z.string().min(1, { error: 'Choose a client' }),
    appointmentTypeId: z.string().min(1, { error: 'Choose an appointment type' }),
    places: z.number({ error: 'Enter how many places' }).optional(),
  })
  .pipe(bookAppointmentInputSchema);

/** The field that shows a refusal's issue: the booking's own paths, as the gateway or the service name them. */
export function bookingFieldOf(path: string): (typeof BOOKING_FIELDS)[number] | null {
  const field = path.replace(/^appointment\./, '');
  return (BOOKING_FIELDS as readonly string[]).includes(field) ? (field as (typeof BOOKING_FIELDS)[number]) : null;
}
