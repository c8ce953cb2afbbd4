import { DateTime } from 'luxon';
import type { WeeklyHours } from './clinic-days';
import { openTimes, openTimesInRange, type AppointmentCategory, type BusyAppointment } from './open-times';

const everyDay = (opens: string, closes: string): WeeklyHours => ({ 1: { opens, closes }, 2: { opens, closes }, 3: { opens, closes }, 4: { opens, closes }, 5: { opens, closes }, 6: { opens, closes }, 7: { opens, closes } });

/** Local wall-clock `HH:mm` of each instant in the zone. */
const wall = (times: Date[], zone: string) => times.map((time) => DateTime.fromJSDate(time, { zone }).toFormat('HH:mm'));

const at = (zone: string, local: string) => DateTime.fromISO(local, { zone }).toJSDate();
const busy = (zone: string, start: string, end: string, category: AppointmentCategory = 'wellness'): BusyAppointment => ({ start: at(zone, start), end: at(zone, end), category });

const ZONE = 'America/Chicago';
const base = { timeZone: ZONE, date: '2026-06-01', hours: everyDay('09:00', '11:00'), closures: [], busy: [], durationMinutes: 30 };

describe('open times', () => {
  it('offers every step from opening whose slot ends by closing', () => {
    expect(wall(openTimes(base), ZONE)).toEqual(['09:00', '09:15', '09:30', '09:45', '10:00', '10:15', '10:30']);
    expect(wall(openTimes({ ...base, stepMinutes: 30, durationMinutes: 60 }), ZONE)).toEqual(['09:00', '09:30', '10:00']);
    expect(openTimes({ ...base, durationMinutes: 120 })).toHaveLength(1);
    expect(openTimes({ ...base, durationMinutes: 125 })).toEqual([]);
  });

  it('steps from the opening time, not from the hour', () => {
    expect(wall(openTimes({ ...base, hours: everyDay('09:10', '10:00'), stepMinutes: 20, durationMinutes: 20 }), ZONE)).toEqual(['09:10', '09:30']);
  });

  it('has none on a closed weekday or during a closure', () => {
    expect(openTimes({ ...base, hours: { 2: { opens: '09:00', closes: '11:00' } } })).toEqual([]);
    expect(openTimes({ ...base, closures: [{ startDate: '2026-05-30', endDate: '2026-06-01' }] })).toEqual([]);
  });

  it('leaves out slots overlapping an appointment, but allows slots touching it', () => {
    const times = openTimes({ ...base, busy: [busy(ZONE, '2026-06-01T09:30', '2026-06-01T10:00', 'surgery')] });
    expect(wall(times, ZONE)).toEqual(['09:00', '10:00', '10:15', '10:30']);
  });

  it('is blocked by every category but boarding and all-day', () => {
    const blocking: AppointmentCategory[] = ['surgery', 'wellness', 'other'];
    for (const category of blocking) {
      expect(openTimes({ ...base, busy: [busy(ZONE, '2026-06-01T09:00', '2026-06-01T11:00', category)] })).toEqual([]);
    }
    for (const category of ['boarding', 'all-day'] as const) {
      expect(openTimes({ ...base, busy: [busy(ZONE, '2026-05-31T08:00', '2026-06-03T18:00', category)] })).toEqual(openTimes(base));
    }
  });

  it('handles overlapping, nested and unsorted appointments', () => {
    const times = openTimes({
      ...base,
      hours: everyDay('09:00', '13:00'),
      durationMinutes: 15,
      stepMinutes: 15,
      busy: [
        busy(ZONE, '2026-06-01T11:00', '2026-06-01T11:30'),
        busy(ZONE, '2026-06-01T08:00', '2026-06-01T09:30'),
        busy(ZONE, '2026-06-01T09:15', '2026-06-01T09:20'),
        busy(ZONE, '2026-06-01T11:10', '2026-06-01T12:00'),
        busy(ZONE, '2026-06-01T12:50', '2026-06-01T14:00'),
      ],
    });
    expect(wall(times, ZONE)).toEqual(['09:30', '09:45', '10:00', '10:15', '10:30', '10:45', '12:00', '12:15', '12:30']);
  });

  it('leaves out slots before notBefore', () => {
    expect(wall(openTimes({ ...base, notBefore: at(ZONE, '2026-06-01T10:05') }), ZONE)).toEqual(['10:15', '10:30']);
  });

  it('keeps wall-clock steps and real durations across a spring-forward night', () => {
    // New York, 2026-03-08: 02:00 EST jumps to 03:00 EDT. Open 01:00–04:00 is two real hours.
    const zone = 'America/New_York';
    const times = openTimes({ ...base, timeZone: zone, date: '2026-03-08', hours: everyDay('01:00', '04:00'), durationMinutes: 60, stepMinutes: 30 });
    expect(wall(times, zone)).toEqual(['01:00', '01:30', '03:00']);
    expect(times[1].toISOString()).toBe('2026-03-08T06:30:00.000Z');
    expect(times[2].toISOString()).toBe('2026-03-08T07:00:00.000Z');
  });

  it('offers both occurrences of a repeated hour on a fall-back night', () => {
    // Berlin, 2026-10-25: 03:00 CEST goes back to 02:00 CET. Open 01:00–04:00 is four real hours.
    const zone = 'Europe/Berlin';
    const times = openTimes({ ...base, timeZone: zone, date: '2026-10-25', hours: everyDay('01:00', '04:00'), durationMinutes: 60, stepMinutes: 60 });
    expect(wall(times, zone)).toEqual(['01:00', '02:00', '02:00', '03:00']);
    expect(times.map((time) => time.toISOString())).toEqual(['2026-10-24T23:00:00.000Z', '2026-10-25T00:00:00.000Z', '2026-10-25T01:00:00.000Z', '2026-10-25T02:00:00.000Z']);
  });

  it('keeps the wall-clock grid across Lord Howe’s half-hour shift', () => {
    // 2026-10-04: 02:00 (+10:30) jumps to 02:30 (+11).
    const zone = 'Australia/Lord_Howe';
    const times = openTimes({ ...base, timeZone: zone, date: '2026-10-04', hours: everyDay('01:00', '04:00'), durationMinutes: 45, stepMinutes: 45 });
    expect(wall(times, zone)).toEqual(['01:00', '01:45', '02:30', '03:15']);
    expect(times[2].getTime() - times[1].getTime()).toBe(15 * 60_000);
  });

  it('computes a month of 10,000 appointments quickly and agrees with day by day', () => {
    const zone = 'America/New_York';
    const hours = everyDay('07:00', '19:00');
    // 07:00 New York time on 2026-03-01, EST; appointments spread over the month by real time.
    const month = Date.parse('2026-03-01T12:00:00Z');
    const appointments: BusyAppointment[] = [];
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const categories: AppointmentCategory[] = ['surgery', 'wellness', 'boarding', 'all-day', 'other'];
    for (let i = 0; i < 10_000; i++) {
      const start = month + Math.floor(random() * 31) * 86_400_000 + Math.floor(random() * 144) * 5 * 60_000;
      appointments.push({ start: new Date(start), end: new Date(start + (5 + Math.floor(random() * 12) * 5) * 60_000), category: categories[i % 5] });
    }
    const input = { timeZone: zone, hours, closures: [{ startDate: '2026-03-17', endDate: '2026-03-17' }], busy: appointments, durationMinutes: 15, startDate: '2026-03-01', endDate: '2026-03-31' };
    const started = performance.now();
    const month31 = openTimesInRange(input);
    const elapsed = performance.now() - started;
    expect(month31.size).toBe(31);
    expect(month31.get('2026-03-17')).toEqual([]);
    // Loose: a shared CI machine is noisy; `npm run bench` measures this properly.
    expect(elapsed).toBeLessThan(1500);
    for (const date of ['2026-03-02', '2026-03-08', '2026-03-31']) {
      expect(month31.get(date)).toEqual(openTimes({ ...input, date }));
    }
  });

  it('refuses a duration or step that is not a positive whole number of minutes', () => {
    expect(() => openTimes({ ...base, durationMinutes: 0 })).toThrow('durationMinutes');
    expect(() => openTimes({ ...base, stepMinutes: 7.5 })).toThrow('stepMinutes');
  });
});
