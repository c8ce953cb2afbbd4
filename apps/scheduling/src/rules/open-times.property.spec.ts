import fc from 'fast-check';
import { DateTime } from 'luxon';
import { clinicDay, datesInRange, localInstant, type ClosurePeriod, type IsoWeekday, type WeeklyHours } from './clinic-days';
import { blocksTime, openTimes, openTimesInRange, type AppointmentCategory, type BusyAppointment, type OpenTimesInput } from './open-times';

// Hundreds of generated cases per property: more than the default 5 s on a busy machine.
jest.setTimeout(60_000);

/** Days the clocks change in 2026, and the zones they change in. */
const CLOCK_CHANGES: Record<string, string[]> = {
  'America/New_York': ['2026-03-08', '2026-11-01'],
  'Europe/Berlin': ['2026-03-29', '2026-10-25'],
  'Australia/Lord_Howe': ['2026-04-05', '2026-10-04'],
};
const ZONES = [...Object.keys(CLOCK_CHANGES), 'America/Chicago', 'Asia/Kolkata', 'UTC'];
const CATEGORIES: AppointmentCategory[] = ['surgery', 'wellness', 'boarding', 'all-day', 'other'];
const MINUTE_MS = 60_000;

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const plusDays = (date: string, days: number) => DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate() as string;

/** A zone and a date: half the time a day its clocks change, else any day of 2026. */
const zoneAndDate = fc.constantFrom(...ZONES).chain((zone) =>
  fc.record({
    zone: fc.constant(zone),
    date: fc.oneof(fc.constantFrom(...(CLOCK_CHANGES[zone] ?? ['2026-03-08'])), fc.integer({ min: 0, max: 364 }).map((days) => plusDays('2026-01-01', days))),
  }),
);

/** Opening intervals, often in the small hours where clocks change. */
const opening = fc
  .record({ opens: fc.oneof(fc.integer({ min: 0, max: 240 }), fc.integer({ min: 0, max: 1438 })), length: fc.integer({ min: 1, max: 1439 }) })
  .map(({ opens, length }) => ({ opens: hhmm(opens), closes: hhmm(Math.min(1439, opens + length)) }))
  .filter(({ opens, closes }) => opens < closes);

const weeklyHours: fc.Arbitrary<WeeklyHours> = fc
  .tuple(...[1, 2, 3, 4, 5, 6, 7].map(() => fc.option(opening, { freq: 4 })))
  .map((days) => Object.fromEntries(days.map((hours, index) => [index + 1, hours])) as Partial<Record<IsoWeekday, { opens: string; closes: string } | null>>);

const scenario = zoneAndDate.chain(({ zone, date }) => {
  const midnight = DateTime.fromISO(date, { zone }).toMillis();
  const appointment: fc.Arbitrary<BusyAppointment> = fc
    .record({ start: fc.integer({ min: -180, max: 27 * 60 }), length: fc.integer({ min: 0, max: 300 }), category: fc.constantFrom(...CATEGORIES) })
    .map(({ start, length, category }) => ({ start: new Date(midnight + start * MINUTE_MS), end: new Date(midnight + (start + length) * MINUTE_MS), category }));
  const closure: fc.Arbitrary<ClosurePeriod> = fc
    .record({ from: fc.integer({ min: -3, max: 1 }), days: fc.integer({ min: 0, max: 3 }) })
    .map(({ from, days }) => ({ startDate: plusDays(date, from), endDate: plusDays(date, from + days) }));
  return fc.record({
    timeZone: fc.constant(zone),
    date: fc.constant(date),
    hours: weeklyHours,
    closures: fc.array(closure, { maxLength: 2 }),
    busy: fc.array(appointment, { maxLength: 25 }),
    durationMinutes: fc.integer({ min: 1, max: 96 }).map((fives) => fives * 5),
    stepMinutes: fc.constantFrom(5, 10, 15, 20, 30, 45, 60),
  });
});

const overlaps = (start: number, end: number, appointment: BusyAppointment) => start < appointment.end.getTime() && appointment.start.getTime() < end;

/**
 * The slow, obvious answer: every wall-clock time of the day on the step grid through opening,
 * every instant showing it (Luxon's own list: none in a gap, two in a repeated hour), kept
 * when it lies in the opening hours as real time, fits before closing and no blocking
 * appointment overlaps it. The grid runs from midnight: when the clocks go back after opening,
 * the repeated hour shows wall times before opening while the clinic is open.
 */
function oracle(input: OpenTimesInput): number[] {
  const day = clinicDay(input.timeZone, input.date, input.hours, input.closures);
  if (!day.open) return [];
  const step = input.stepMinutes ?? 15;
  const duration = input.durationMinutes * MINUTE_MS;
  const anchor = day.opens.hour * 60 + day.opens.minute;
  const [year, month, dayOfMonth] = input.date.split('-').map(Number);
  const found = new Set<number>();
  for (let wall = anchor % step; wall < 24 * 60; wall += step) {
    const shown = DateTime.fromObject({ year, month, day: dayOfMonth, hour: Math.floor(wall / 60), minute: wall % 60 }, { zone: input.timeZone });
    for (const instant of shown.getPossibleOffsets()) {
      if (instant.hour * 60 + instant.minute !== wall || instant.toISODate() !== input.date) continue;
      const start = instant.toMillis();
      if (start < day.opens.toMillis() || start + duration > day.closes.toMillis()) continue;
      if (input.busy.some((appointment) => blocksTime(appointment.category) && overlaps(start, start + duration, appointment))) continue;
      found.add(start);
    }
  }
  return [...found].sort((a, b) => a - b);
}

const runs = { numRuns: 150 };

describe('open times, properties', () => {
  it('are exactly the free wall-clock grid times of the day, in order', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        expect(openTimes(input).map((time) => time.getTime())).toEqual(oracle(input));
      }),
      runs,
    );
  });

  it('never overlap a blocking appointment, never leave opening hours and last exactly the duration in real time', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const day = clinicDay(input.timeZone, input.date, input.hours, input.closures);
        for (const time of openTimes(input)) {
          if (!day.open) throw new Error('a slot on a closed day');
          const start = DateTime.fromJSDate(time, { zone: input.timeZone });
          // Luxon adds minutes as elapsed time, whatever the clocks do in between.
          const end = start.plus({ minutes: input.durationMinutes });
          expect(end.diff(start).as('minutes')).toBe(input.durationMinutes);
          expect(start.toISODate()).toBe(input.date);
          expect(+start).toBeGreaterThanOrEqual(+day.opens);
          expect(+end).toBeLessThanOrEqual(+day.closes);
          for (const appointment of input.busy) {
            if (blocksTime(appointment.category)) expect(overlaps(+start, +end, appointment)).toBe(false);
          }
        }
      }),
      runs,
    );
  });

  it('are none on a closed weekday or a closure day', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const weekday = DateTime.fromISO(input.date, { zone: 'utc' }).weekday as IsoWeekday;
        const closedWeekly = { ...input, hours: { ...input.hours, [weekday]: null } };
        const closure = { ...input, closures: [...input.closures, { startDate: input.date, endDate: input.date }] };
        expect(openTimes(closedWeekly)).toEqual([]);
        expect(openTimes(closure)).toEqual([]);
      }),
      runs,
    );
  });

  it('are never reduced by boarding or all-day appointments', () => {
    fc.assert(
      fc.property(scenario, fc.array(fc.constantFrom<AppointmentCategory>('boarding', 'all-day'), { maxLength: 25 }), (input, categories) => {
        const holding = input.busy.map((appointment, index) => ({ ...appointment, category: categories[index] ?? 'boarding' }));
        const withoutHolding = { ...input, busy: input.busy.filter((appointment) => blocksTime(appointment.category)) };
        expect(openTimes({ ...withoutHolding, busy: [...withoutHolding.busy, ...holding] })).toEqual(openTimes(withoutHolding));
        expect(openTimes(input)).toEqual(openTimes(withoutHolding));
      }),
      runs,
    );
  });

  it('only grow when an appointment is removed', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), (input, pick) => {
        fc.pre(input.busy.length > 0);
        const fewer = { ...input, busy: input.busy.filter((_, index) => index !== pick % input.busy.length) };
        const more = new Set(openTimes(fewer).map((time) => time.getTime()));
        for (const time of openTimes(input)) expect(more.has(time.getTime())).toBe(true);
      }),
      runs,
    );
  });

  it('over a range agree with each day on its own', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 3 }), (input, extraDays) => {
        const endDate = plusDays(input.date, extraDays);
        const range = openTimesInRange({ ...input, startDate: input.date, endDate });
        expect([...range.keys()]).toEqual(datesInRange(input.date, endDate));
        for (const [date, times] of range) expect(times).toEqual(openTimes({ ...input, date }));
      }),
      { numRuns: 60 },
    );
  });
});

describe('clinic-local times, properties', () => {
  it('show the wall-clock time asked for, or are the first instant after a time the clocks skip', () => {
    fc.assert(
      fc.property(zoneAndDate, fc.integer({ min: 0, max: 1439 }), ({ zone, date }, minutes) => {
        const instant = localInstant(zone, date, hhmm(minutes));
        const shown = instant.hour * 60 + instant.minute;
        const [year, month, day] = date.split('-').map(Number);
        const occurrences = DateTime.fromObject({ year, month, day, hour: Math.floor(minutes / 60), minute: minutes % 60 }, { zone })
          .getPossibleOffsets()
          .filter((candidate) => candidate.hour * 60 + candidate.minute === minutes);
        if (occurrences.length > 0) {
          // Exists: the first of its occurrences.
          expect(shown).toBe(minutes);
          expect(+instant).toBe(Math.min(...occurrences.map((candidate) => +candidate)));
        } else {
          // Skipped: clocks jump over it exactly at this instant.
          const before = instant.minus({ minutes: 1 });
          expect(before.hour * 60 + before.minute).toBeLessThan(minutes);
          expect(shown).toBeGreaterThan(minutes);
          expect(instant.offset).toBeGreaterThan(before.offset);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('open for the clinic’s wall-clock hours less a skipped stretch, or plus a repeated one', () => {
    fc.assert(
      fc.property(zoneAndDate, opening, ({ zone, date }, hours) => {
        const weekday = DateTime.fromISO(date, { zone: 'utc' }).weekday as IsoWeekday;
        const day = clinicDay(zone, date, { [weekday]: hours }, []);
        if (!day.open) return;
        const wallLength = (Number(hours.closes.slice(0, 2)) - Number(hours.opens.slice(0, 2))) * 60 + Number(hours.closes.slice(3)) - Number(hours.opens.slice(3));
        const realLength = day.closes.diff(day.opens).as('minutes');
        // How far the clocks move on this date, if at all.
        const shift = Math.abs(localInstant(zone, date, '23:59').offset - localInstant(zone, date, '00:00').offset);
        expect(Math.abs(realLength - wallLength)).toBeLessThanOrEqual(shift);
        if (shift === 0) expect(realLength).toBe(wallLength);
      }),
      runs,
    );
  });
});
