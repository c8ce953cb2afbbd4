import type { AppointmentCategory, CapacitySex, CapacitySpecies } from '@tailwise/contracts';

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** ISO weekday (Monday is 1) in words. */
export const weekdayName = (weekday: number) => WEEKDAY_NAMES[weekday - 1] ?? `Day ${weekday}`;

export const CATEGORY_OPTIONS: ReadonlyArray<{ value: AppointmentCategory; label: string }> = [
  { value: 'surgery', label: 'Surgery' },
  { value: 'wellness', label: 'Wellness' },
  { value: 'boarding', label: 'Boarding' },
  { value: 'all-day', label: 'All-day' },
  { value: 'other', label: 'Other' },
];

export const categoryLabel = (category: AppointmentCategory) => CATEGORY_OPTIONS.find((o) => o.value === category)?.label ?? category;

/** `''` is "any" in the capacity rule selects. */
export const SPECIES_OPTIONS: ReadonlyArray<{ value: CapacitySpecies | ''; label: string }> = [
  { value: '', label: 'Any' },
  { value: 'cat', label: 'Cat' },
  { value: 'dog', label: 'Dog' },
  { value: 'rabbit', label: 'Rabbit' },
  { value: 'other', label: 'Other' },
];

export const SEX_OPTIONS: ReadonlyArray<{ value: CapacitySex | ''; label: string }> = [
  { value: '', label: 'Any' },
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
];

/** "90 minutes", "1 hour", "1 hour 30 minutes". */
export function durationText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = hours === 0 ? '' : hours === 1 ? '1 hour' : `${hours} hours`;
  const m = rest === 0 ? '' : `${rest} minutes`;
  return [h, m].filter(Boolean).join(' ') || '0 minutes';
}

/** "Dec 24, 2030" from `2030-12-24`, read as a calendar date (no time zone shift). */
export function formatLocalDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}
