import { APPOINTMENT_ANIMAL_SEXES, APPOINTMENT_SPECIES, type AppointmentCategory, type PortalAppointment } from '@tailwise/contracts';
import { sexLabel, speciesLabel } from '../animals/animal-labels';

const STATUS: Record<PortalAppointment['status'], string> = {
  scheduled: 'Scheduled',
  'checked-in': 'Checked in',
  'checked-out': 'Checked out',
  cancelled: 'Cancelled',
  'no-show': 'No-show',
};
const STATUS_COLOR: Record<PortalAppointment['status'], string> = {
  scheduled: 'blue',
  'checked-in': 'teal',
  'checked-out': 'gray',
  cancelled: 'dark',
  'no-show': 'orange',
};
const CATEGORY: Record<AppointmentCategory, string> = {
  surgery: 'Surgery',
  wellness: 'Wellness',
  boarding: 'Boarding',
  'all-day': 'All-day',
  other: 'Other',
};

export const statusLabel = (appointment: Pick<PortalAppointment, 'status'>) => STATUS[appointment.status];
export const statusColor = (appointment: Pick<PortalAppointment, 'status'>) => STATUS_COLOR[appointment.status];

/** The surgery category whose place it holds ("Female dogs under 25 kg"), else the type's category. */
export const categoryText = (appointment: Pick<PortalAppointment, 'category' | 'capacityLabel'>) =>
  appointment.capacityLabel ?? CATEGORY[appointment.category];

export const SPECIES_OPTIONS = APPOINTMENT_SPECIES.map((species) => ({ value: species, label: speciesLabel({ species }) }));
export const SEX_OPTIONS = APPOINTMENT_ANIMAL_SEXES.map((sex) => ({ value: sex, label: sexLabel({ sex }) }));

/** "Tue, Jan 15, 2030": the clinic's own date, never shifted into the viewer's time zone. */
export function dateText(date: string): string {
  return new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** "8:00 AM": the clinic's local time as the clinic states it. */
export function timeText(time: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  const suffix = hours < 12 ? 'AM' : 'PM';
  return `${hours % 12 === 0 ? 12 : hours % 12}:${String(minutes).padStart(2, '0')} ${suffix}`;
}

/** Soonest first, then by time, so the list reads like a diary. */
export function byDateAndTime(a: PortalAppointment, b: PortalAppointment): number {
  return a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime);
}
