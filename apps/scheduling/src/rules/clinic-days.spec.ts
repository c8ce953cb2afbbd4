import { closedDayReason, clinicDay, closureOn, datesInRange, isoWeekday, localInstant, wallMinutes, weeklyHoursFromDays, type WeeklyHours } from './clinic-days';

const weekdays: WeeklyHours = { 1: { opens: '08:00', closes: '17:30' }, 2: { opens: '08:00', closes: '17:30' }, 3: null, 6: { opens: '01:00', closes: '04:00' }, 7: { opens: '02:30', closes: '12:00' } };

const iso = (day: ReturnType<typeof clinicDay>) => (day.open ? [day.opens.toUTC().toISO(), day.closes.toUTC().toISO()] : null);

describe('clinic days', () => {
  it('opens on a weekday with hours, as UTC instants of the clinic zone', () => {
    // 2026-06-01 is a Monday; Chicago is UTC-5 in June.
    const day = clinicDay('America/Chicago', '2026-06-01', weekdays, []);
    expect(iso(day)).toEqual(['2026-06-01T13:00:00.000Z', '2026-06-01T22:30:00.000Z']);
    expect(day.open && day.opens.zoneName).toBe('America/Chicago');
  });

  it('is closed on a weekday without hours, null or missing', () => {
    expect(clinicDay('America/Chicago', '2026-06-03', weekdays, [])).toEqual({ date: '2026-06-03', open: false, why: 'weekly-hours', closure: null });
    expect(clinicDay('America/Chicago', '2026-06-04', weekdays, []).open).toBe(false);
    expect(closedDayReason(clinicDay('America/Chicago', '2026-06-04', weekdays, []))).toBe('The clinic is closed on Thursdays');
  });

  it('is closed on every day of a closure, ends included', () => {
    const closures = [{ id: 'c1', startDate: '2026-06-01', endDate: '2026-06-02', reason: 'Staff training' }];
    expect(clinicDay('America/Chicago', '2026-06-01', weekdays, closures)).toMatchObject({ open: false, why: 'closure', closure: closures[0] });
    expect(clinicDay('America/Chicago', '2026-06-02', weekdays, closures).open).toBe(false);
    expect(clinicDay('America/Chicago', '2026-06-08', weekdays, closures).open).toBe(true);
    expect(closedDayReason(clinicDay('America/Chicago', '2026-06-02', weekdays, closures))).toBe('The clinic is closed on 2026-06-02: Staff training');
    expect(closureOn('2026-05-31', closures)).toBeNull();
  });

  it('moves an opening that does not exist on a spring-forward day to the moment clocks jump', () => {
    // 2026-03-08, Sunday: New York jumps from 02:00 EST to 03:00 EDT (07:00 UTC).
    expect(iso(clinicDay('America/New_York', '2026-03-08', weekdays, []))).toEqual(['2026-03-08T07:00:00.000Z', '2026-03-08T16:00:00.000Z']);
    // 2026-03-29, Sunday: Berlin jumps from 02:00 CET to 03:00 CEST (01:00 UTC).
    expect(iso(clinicDay('Europe/Berlin', '2026-03-29', weekdays, []))).toEqual(['2026-03-29T01:00:00.000Z', '2026-03-29T10:00:00.000Z']);
    // 2026-10-04, Sunday: Lord Howe jumps half an hour, from 02:00 (+10:30) to 02:30 (+11), which exists.
    expect(iso(clinicDay('Australia/Lord_Howe', '2026-10-04', weekdays, []))).toEqual(['2026-10-03T15:30:00.000Z', '2026-10-04T01:00:00.000Z']);
    expect(localInstant('Australia/Lord_Howe', '2026-10-04', '02:15').toUTC().toISO()).toBe('2026-10-03T15:30:00.000Z');
  });

  it('uses the first occurrence of a time that happens twice on a fall-back day', () => {
    // 2026-11-01: New York repeats 01:00–02:00 (EDT, then EST).
    expect(localInstant('America/New_York', '2026-11-01', '01:30').toUTC().toISO()).toBe('2026-11-01T05:30:00.000Z');
    // 2026-10-25: Berlin repeats 02:00–03:00 (CEST, then CET).
    expect(localInstant('Europe/Berlin', '2026-10-25', '02:30').toUTC().toISO()).toBe('2026-10-25T00:30:00.000Z');
    // 2026-04-05: Lord Howe repeats 01:30–02:00.
    expect(localInstant('Australia/Lord_Howe', '2026-04-05', '01:45').toUTC().toISO()).toBe('2026-04-04T14:45:00.000Z');
    // Saturday 2026-10-31 is no transition day in New York; opening 01:00 is plain EDT.
    const saturday = clinicDay('America/New_York', '2026-10-31', weekdays, []);
    expect(iso(saturday)).toEqual(['2026-10-31T05:00:00.000Z', '2026-10-31T08:00:00.000Z']);
  });

  it('measures a fall-back day as the real elapsed time between opening and closing', () => {
    // 00:30–03:00 on the night New York repeats an hour: three and a half hours open, not two and a half.
    const day = clinicDay('America/New_York', '2026-11-01', { 7: { opens: '00:30', closes: '03:00' } }, []);
    expect(day.open && day.closes.diff(day.opens, 'minutes').minutes).toBe(210);
  });

  it('is closed when the hours lie wholly inside a spring-forward gap', () => {
    expect(clinicDay('America/New_York', '2026-03-08', { 7: { opens: '02:10', closes: '02:50' } }, []).open).toBe(false);
  });

  it('lists the dates of a range, ends included, across month and DST boundaries', () => {
    expect(datesInRange('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(datesInRange('2026-03-07', '2026-03-09')).toHaveLength(3);
    expect(datesInRange('2026-03-09', '2026-03-08')).toEqual([]);
    expect(datesInRange('2026-01-01', '2026-12-31')).toHaveLength(365);
  });

  it('reads the contract’s list of weekdays', () => {
    const hours = weeklyHoursFromDays([{ weekday: 1, hours: { opens: '08:00', closes: '12:00' } }, { weekday: 2, hours: null }]);
    expect(clinicDay('UTC', '2026-06-01', hours, []).open).toBe(true);
    expect(clinicDay('UTC', '2026-06-02', hours, []).open).toBe(false);
    expect(clinicDay('UTC', '2026-06-03', hours, []).open).toBe(false);
  });

  it('refuses malformed dates, times and zones', () => {
    expect(() => datesInRange('2026-02-30', '2026-03-01')).toThrow('not a date');
    expect(() => wallMinutes('24:00')).toThrow('HH:mm');
    expect(() => clinicDay('Mars/Olympus', '2026-06-01', weekdays, [])).toThrow('Unknown time zone');
    expect(() => clinicDay('UTC', '2026-06-01', { 1: { opens: '10:00', closes: '09:00' } }, [])).toThrow('not after');
    expect(isoWeekday('2026-06-07')).toBe(7);
    expect(wallMinutes('17:30')).toBe(1050);
  });
});
