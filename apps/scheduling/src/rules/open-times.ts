import type { IANAZone } from 'luxon';
import { clinicDaySpan, clinicZone, datesInRange, type ClosurePeriod, type WeeklyHours } from './clinic-days';

export type AppointmentCategory = 'surgery' | 'wellness' | 'boarding' | 'all-day' | 'other';

/** An existing appointment: it occupies [start, end); one of no length still blocks slots running across it. */
export interface BusyAppointment {
  start: Date;
  end: Date;
  category: AppointmentCategory;
}

export interface OpenTimesInput {
  timeZone: string;
  /** Clinic-local date, `YYYY-MM-DD`. */
  date: string;
  hours: WeeklyHours;
  closures: readonly ClosurePeriod[];
  busy: readonly BusyAppointment[];
  durationMinutes: number;
  stepMinutes?: number;
  /** Leave out slots starting before this instant (now, for self-scheduling). */
  notBefore?: Date;
}

export interface OpenTimesInRangeInput extends Omit<OpenTimesInput, 'date'> {
  startDate: string;
  endDate: string;
}

/** Boarding and all-day appointments hold the animal, not a time, so they never block one. */
export function blocksTime(category: AppointmentCategory): boolean {
  return category !== 'boarding' && category !== 'all-day';
}

const MINUTE_MS = 60_000;

/**
 * Start instants of every free slot of `durationMinutes` on `date`: inside the day's opening
 * hours, ending by closing, overlapping no appointment that blocks time. Slots start every
 * `stepMinutes` of local wall-clock time counted from opening, so on a day the clocks change
 * they still fall on :00, :15, … and not on times shifted by the jump.
 */
export function openTimes(input: OpenTimesInput): Date[] {
  return openTimesInRange({ ...input, startDate: input.date, endDate: input.date }).get(input.date) ?? [];
}

/** `openTimes` for every date of a range at once: the appointments are sorted once and swept once. */
export function openTimesInRange(input: OpenTimesInRangeInput): Map<string, Date[]> {
  const { durationMinutes, stepMinutes = 15 } = input;
  if (!Number.isInteger(durationMinutes) || durationMinutes <= 0) throw new RangeError('durationMinutes must be a positive whole number');
  if (!Number.isInteger(stepMinutes) || stepMinutes <= 0) throw new RangeError('stepMinutes must be a positive whole number');
  const zone = clinicZone(input.timeZone);
  const blocked = mergedBlockingIntervals(input.busy);
  const notBefore = input.notBefore?.getTime() ?? -Infinity;
  const durationMs = durationMinutes * MINUTE_MS;
  const result = new Map<string, Date[]>();
  let next = 0; // first blocked interval that may still overlap a later slot
  for (const date of datesInRange(input.startDate, input.endDate)) {
    const day = clinicDaySpan(zone, date, input.hours, input.closures);
    const times: Date[] = [];
    result.set(date, times);
    if (!day.open) continue;
    for (const start of gridInstants(zone, day.opens, day.opensOffset, day.closes - durationMs, stepMinutes, day.steady)) {
      if (start < notBefore) continue;
      const end = start + durationMs;
      while (next < blocked.length && blocked[next].end <= start) next++;
      if (next < blocked.length && blocked[next].start < end) continue;
      times.push(new Date(start));
    }
  }
  return result;
}

interface Span {
  start: number;
  end: number;
}

/**
 * The union of the blocking appointments as sorted, disjoint spans. Starts and ends are sorted
 * apart (native numeric sorts, far cheaper than sorting objects) and swept counting how many
 * appointments are running; touching appointments merge, which blocks the same slots.
 */
function mergedBlockingIntervals(busy: readonly BusyAppointment[]): Span[] {
  const starts = new Float64Array(busy.length);
  const ends = new Float64Array(busy.length);
  let count = 0;
  for (const appointment of busy) {
    const start = appointment.start.getTime();
    const end = appointment.end.getTime();
    if (!blocksTime(appointment.category) || !(end >= start)) continue;
    starts[count] = start;
    ends[count] = end;
    count++;
  }
  const sortedStarts = starts.subarray(0, count).sort();
  const sortedEnds = ends.subarray(0, count).sort();
  const merged: Span[] = [];
  let running = 0;
  let spanStart = 0;
  for (let s = 0, e = 0; e < count; ) {
    if (s < count && sortedStarts[s] <= sortedEnds[e]) {
      if (running++ === 0) spanStart = sortedStarts[s];
      s++;
    } else {
      if (--running === 0) merged.push({ start: spanStart, end: sortedEnds[e] });
      e++;
    }
  }
  return merged;
}

/**
 * Instants from `opens` to `lastStart` inclusive whose local wall-clock time is a whole number
 * of steps after the opening's wall-clock time. Within a stretch of constant UTC offset these
 * are evenly spaced, so the day is cut where the offset changes and each stretch is stepped.
 */
function gridInstants(zone: IANAZone, opens: number, opensOffset: number, lastStart: number, stepMinutes: number, steady: boolean): number[] {
  if (lastStart < opens) return [];
  const stepMs = stepMinutes * MINUTE_MS;
  const opensWall = opens + opensOffset * MINUTE_MS;
  const instants: number[] = [];
  const stretches = steady ? [{ start: opens, end: lastStart, offset: opensOffset }] : constantOffsetStretches(zone, opens, opensOffset, lastStart);
  for (const stretch of stretches) {
    const first = opensWall - stretch.offset * MINUTE_MS;
    let instant = first + Math.ceil((stretch.start - first) / stepMs) * stepMs;
    for (; instant <= stretch.end; instant += stepMs) instants.push(instant);
  }
  return instants;
}

/** [start, end] inclusive pieces of [from, to] over which the zone's offset does not change. */
function constantOffsetStretches(zone: IANAZone, from: number, fromOffset: number, to: number): Array<{ start: number; end: number; offset: number }> {
  const stretches: Array<{ start: number; end: number; offset: number }> = [];
  let start = from;
  let offset = fromOffset;
  for (;;) {
    if (zone.offset(to) === offset) {
      stretches.push({ start, end: to, offset });
      return stretches;
    }
    // Offsets change on whole minutes: find the first minute with a different offset.
    let lo = start;
    let hi = to;
    while (hi - lo > MINUTE_MS) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
      if (zone.offset(mid) === offset) lo = mid;
      else hi = mid;
    }
    stretches.push({ start, end: hi - 1, offset });
    start = hi;
    offset = zone.offset(hi);
  }
}
