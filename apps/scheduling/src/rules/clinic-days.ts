import { DateTime, IANAZone } from 'luxon';

/** ISO weekday: Monday = 1 … Sunday = 7. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** One opening interval in clinic-local wall-clock time, `HH:mm`, closing after opening on the same day. */
export interface OpeningHours {
  opens: string;
  closes: string;
}

/** Per ISO weekday: the day's opening interval, or null / missing when the clinic is closed that weekday. */
export type WeeklyHours = Readonly<Partial<Record<IsoWeekday, OpeningHours | null>>>;

/** The contract's list of seven `{ weekday, hours }` as `WeeklyHours`. */
export function weeklyHoursFromDays(days: ReadonlyArray<{ weekday: number; hours: OpeningHours | null }>): WeeklyHours {
  const hours: Partial<Record<IsoWeekday, OpeningHours | null>> = {};
  for (const day of days) hours[day.weekday as IsoWeekday] = day.hours;
  return hours;
}

/** A closure from `startDate` to `endDate` inclusive (`YYYY-MM-DD`). */
export interface ClosurePeriod {
  id?: string;
  startDate: string;
  endDate: string;
  reason?: string;
}

export type ClinicDay =
  | { date: string; open: true; opens: DateTime; closes: DateTime }
  | { date: string; open: false; why: 'weekly-hours'; closure: null }
  | { date: string; open: false; why: 'closure'; closure: ClosurePeriod };

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function clinicZone(timeZone: string): IANAZone {
  // IANAZone.create caches the zone and its validity; isValidZone would build a formatter each call.
  const zone = IANAZone.create(timeZone);
  if (!zone.isValid) throw new RangeError(`Unknown time zone “${timeZone}”`);
  return zone;
}

/** Minutes since local midnight of an `HH:mm` wall-clock time. */
export function wallMinutes(time: string): number {
  const match = TIME_PATTERN.exec(time);
  if (!match) throw new RangeError(`“${time}” is not a time of day (HH:mm)`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Wall-clock midnight of a calendar date, counted as if it were UTC; a date has no zone of its own. */
function dateWallMs(date: string): number {
  const match = DATE_PATTERN.exec(date);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!match || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`“${date}” is not a date (YYYY-MM-DD)`);
  }
  return ms;
}

export function isoWeekday(date: string): IsoWeekday {
  const day = new Date(dateWallMs(date)).getUTCDay();
  return (day === 0 ? 7 : day) as IsoWeekday;
}

/**
 * The instant (epoch ms) at which the zone's clocks show `minutes` past midnight of `date`.
 * A wall time that happens twice (clocks going back) resolves to its first occurrence; one that
 * never happens (clocks going forward) resolves to the next instant that exists, the moment
 * clocks jump. Luxon alone picks either occurrence depending on today's offset, hence this.
 */
export function localInstantMs(zone: IANAZone, date: string, minutes: number): number {
  const wall = dateWallMs(date) + minutes * MINUTE_MS;
  const before = zone.offset(wall - DAY_MS);
  const after = zone.offset(wall + DAY_MS);
  if (before === after) return wall - before * MINUTE_MS;
  const occurrences = [before, after]
    .map((offset) => wall - offset * MINUTE_MS)
    .filter((instant) => instant + zone.offset(instant) * MINUTE_MS === wall);
  if (occurrences.length > 0) return Math.min(...occurrences);
  // In the gap: the wall clock passes `wall` somewhere between these instants; find where.
  let lo = wall - Math.max(before, after) * MINUTE_MS;
  let hi = wall - Math.min(before, after) * MINUTE_MS;
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
    if (mid + zone.offset(mid) * MINUTE_MS >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** `localInstantMs` as a Luxon DateTime in the clinic's zone. */
export function localInstant(timeZone: string, date: string, time: string): DateTime {
  const zone = clinicZone(timeZone);
  return DateTime.fromMillis(localInstantMs(zone, date, wallMinutes(time)), { zone });
}

export function closureOn(date: string, closures: readonly ClosurePeriod[]): ClosurePeriod | null {
  // ISO dates compare correctly as strings.
  return closures.find((closure) => closure.startDate <= date && date <= closure.endDate) ?? null;
}

export function clinicDay(timeZone: string, date: string, hours: WeeklyHours, closures: readonly ClosurePeriod[]): ClinicDay {
  return clinicDayInZone(clinicZone(timeZone), date, hours, closures);
}

export function clinicDayInZone(zone: IANAZone, date: string, hours: WeeklyHours, closures: readonly ClosurePeriod[]): ClinicDay {
  const span = clinicDaySpan(zone, date, hours, closures);
  if (!span.open) return span;
  return { date, open: true, opens: DateTime.fromMillis(span.opens, { zone }), closes: DateTime.fromMillis(span.closes, { zone }) };
}

export type ClinicDaySpan =
  | Exclude<ClinicDay, { open: true }>
  | {
      date: string;
      open: true;
      /** Epoch ms. */
      opens: number;
      closes: number;
      /** The zone's UTC offset in minutes at opening. */
      opensOffset: number;
      /** Whether the offset holds from a day before to a day after, so no clock change touches the day. */
      steady: boolean;
    };

/** `clinicDay` in epoch milliseconds, for computing over many days without building DateTimes. */
export function clinicDaySpan(zone: IANAZone, date: string, hours: WeeklyHours, closures: readonly ClosurePeriod[]): ClinicDaySpan {
  const closure = closureOn(date, closures);
  if (closure) return { date, open: false, why: 'closure', closure };
  const weekdayHours = hours[isoWeekday(date)] ?? null;
  if (!weekdayHours) return { date, open: false, why: 'weekly-hours', closure: null };
  const opensAt = wallMinutes(weekdayHours.opens);
  const closesAt = wallMinutes(weekdayHours.closes);
  if (closesAt <= opensAt) throw new RangeError(`Closing time ${weekdayHours.closes} is not after opening time ${weekdayHours.opens}`);
  const midnight = dateWallMs(date);
  // Clocks change at most a few times a year: one offset on both sides of the day means none today.
  const offset = zone.offset(midnight - DAY_MS);
  if (zone.offset(midnight + 2 * DAY_MS) === offset) {
    return { date, open: true, opens: midnight + (opensAt - offset) * MINUTE_MS, closes: midnight + (closesAt - offset) * MINUTE_MS, opensOffset: offset, steady: true };
  }
  const opens = localInstantMs(zone, date, opensAt);
  const closes = localInstantMs(zone, date, closesAt);
  // Hours lying wholly inside a clock jump (02:15–02:45 on a spring-forward night) leave no time open.
  if (closes <= opens) return { date, open: false, why: 'weekly-hours', closure: null };
  return { date, open: true, opens, closes, opensOffset: zone.offset(opens), steady: false };
}

/** Every date from `startDate` to `endDate` inclusive; empty when the range is backwards. */
export function datesInRange(startDate: string, endDate: string): string[] {
  const end = dateWallMs(endDate);
  const dates: string[] = [];
  for (let day = dateWallMs(startDate); day <= end; day += DAY_MS) dates.push(new Date(day).toISOString().slice(0, 10));
  return dates;
}

const WEEKDAY_NAMES = ['Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'];

/** Why a closed day is closed, in words for staff and clients. */
export function closedDayReason(day: ClinicDay): string | null {
  if (day.open) return null;
  if (day.why === 'closure') return day.closure.reason ? `The clinic is closed on ${day.date}: ${day.closure.reason}` : `The clinic is closed on ${day.date}`;
  return `The clinic is closed on ${WEEKDAY_NAMES[isoWeekday(day.date) - 1]}`;
}
