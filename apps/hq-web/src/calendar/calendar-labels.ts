import type { Appointment, AppointmentCategory, AppointmentStatus, CapacityUse } from '@tailwise/contracts';

/** What staff call each status; checked in is "In progress" until the animal goes home. */
export const STATUS_LABELS: Readonly<Record<AppointmentStatus, string>> = {
  scheduled: 'Scheduled',
  'checked-in': 'In progress',
  'checked-out': 'Checked out',
  cancelled: 'Cancelled',
  'no-show': 'No-show',
};

export const STATUS_COLORS: Readonly<Record<AppointmentStatus, string>> = {
  scheduled: 'blue',
  'checked-in': 'orange',
  'checked-out': 'teal',
  cancelled: 'gray',
  'no-show': 'red',
};

/** The day's counts, in the order the clinic thinks of them. */
export const COUNTED_CATEGORIES: readonly AppointmentCategory[] = ['surgery', 'wellness', 'boarding', 'all-day', 'other'];

/** A released surgery place waits for the rescue to fill in its animal. */
export const UNNAMED_ANIMAL = 'Animal not yet named';

export function animalText(appointment: Pick<Appointment, 'animal'>): string {
  return appointment.animal?.name ?? UNNAMED_ANIMAL;
}

/** "3/4": places held against the day's limit. */
export function capacityText(use: Pick<CapacityUse, 'booked' | 'limit'>): string {
  return `${use.booked}/${use.limit}`;
}

export function isFull(use: Pick<CapacityUse, 'booked' | 'limit'>): boolean {
  return use.booked >= use.limit;
}

/** Why the clinic is closed, or its hours: "Open 08:00–17:30". */
export function hoursText(day: { open: boolean; closedReason: string | null; opens: string | null; closes: string | null }): string {
  if (!day.open) return day.closedReason ? `Closed: ${day.closedReason}` : 'Closed';
  return day.opens && day.closes ? `Open ${day.opens}–${day.closes}` : 'Open';
}

export type AppointmentActionName = 'check-in' | 'check-out' | 'cancel' | 'no-show' | 'move' | 'release' | 'animal';

/**
 * What staff may do with an appointment in its status: a scheduled one is checked in, moved,
 * cancelled or marked a no-show; one in progress is checked out. A volume client's appointment
 * not yet in the portal may be released to it. Finished ones only show their details.
 */
export function appointmentActions(appointment: Pick<Appointment, 'status' | 'clientKind' | 'released'>): AppointmentActionName[] {
  const release: AppointmentActionName[] = appointment.clientKind === 'volume' && !appointment.released ? ['release'] : [];
  switch (appointment.status) {
    case 'scheduled':
      return ['check-in', 'move', 'animal', ...release, 'no-show', 'cancel'];
    case 'checked-in':
      return ['check-out', 'animal'];
    default:
      return [];
  }
}

/** The day's appointments in time order (then by client, so places booked together stay together). */
export function inTimeOrder<T extends Pick<Appointment, 'date' | 'startTime' | 'clientName' | 'createdAt'>>(appointments: readonly T[]): T[] {
  return [...appointments].sort(
    (a, b) =>
      a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime) || a.clientName.localeCompare(b.clientName) || a.createdAt.localeCompare(b.createdAt),
  );
}
