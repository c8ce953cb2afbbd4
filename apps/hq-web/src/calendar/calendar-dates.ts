// Calendar dates are clinic-local `YYYY-MM-DD` strings; the arithmetic runs on UTC midnights so
// no browser time zone or daylight-saving change can shift a day.

export type CalendarView = 'day' | 'week';

const DAY_MS = 86_400_000;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

function fromUtc(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** Whether `value` is a real calendar date like `2030-06-03` (e.g. from the address bar). */
export function isLocalDate(value: string | null | undefined): value is string {
  return !!value && LOCAL_DATE.test(value) && !Number.isNaN(toUtc(value).getTime()) && fromUtc(toUtc(value)) === value;
}

export function addDays(date: string, days: number): string {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/** The Monday of `date`'s week: clinics plan their week Monday to Sunday, as their hours are set. */
export function weekStart(date: string): string {
  const weekday = toUtc(date).getUTCDay(); // Sunday is 0
  return addDays(date, -((weekday + 6) % 7));
}

/** The days a view shows around `date`: that day, or its week Monday to Sunday. */
export function rangeOf(view: CalendarView, date: string): { from: string; to: string } {
  if (view === 'day') return { from: date, to: date };
  const from = weekStart(date);
  return { from, to: addDays(from, 6) };
}

/** Where Previous and Next go: a day or a week away. */
export function stepDate(view: CalendarView, date: string, direction: 1 | -1): string {
  return addDays(date, direction * (view === 'day' ? 1 : 7));
}

/** Today where the clinic is, e.g. `2030-06-03` (it may already be tomorrow in the browser's zone). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** "Monday, Jun 3, 2030". */
export function longDate(date: string): string {
  return toUtc(date).toLocaleDateString('en-US', { weekday: 'long', year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/** What the page says it shows: "Monday, Jun 3, 2030", or "Jun 3 – Jun 9, 2030" for a week. */
export function rangeTitle(view: CalendarView, date: string): string {
  if (view === 'day') return longDate(date);
  const { from, to } = rangeOf('week', date);
  const short = (d: string, withYear: boolean) =>
    toUtc(d).toLocaleDateString('en-US', { month: 'short', day: 'numeric', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' });
  return `${short(from, from.slice(0, 4) !== to.slice(0, 4))} – ${short(to, true)}`;
}

/** The calendar on one day of one clinic, as the clinic's notice email, the requests list and the client profile link to it. */
export function calendarDayPath(clinicId: string, date: string): string {
  return `/calendar?${new URLSearchParams({ clinic: clinicId, view: 'day', date })}`;
}
